// An author's profiles elsewhere. Only https addresses on the service's own hosts are accepted, so a typo or a
// pasted tracking link to somewhere else never becomes a `sameAs` claim in the author page's structured data.
// Mastodon has no one host: any https address of the form https://<server>/@<name> is taken.

export const AUTHOR_LINKS = ['linkedinUrl', 'xUrl', 'mastodonUrl'] as const;
export type AuthorLinkKey = (typeof AUTHOR_LINKS)[number];

const HOSTS: Record<Exclude<AuthorLinkKey, 'mastodonUrl'>, RegExp> = {
  linkedinUrl: /^([a-z]{2,3}\.)?linkedin\.com$/,
  xUrl: /^(www\.)?(x|twitter)\.com$/,
};

/** Whether `value` is an acceptable address for the profile `key`. */
export function isAuthorLink(key: AuthorLinkKey, value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.pathname.length < 2) return false;
  if (key === 'mastodonUrl')
    return /^\/@[A-Za-z0-9_]+(@[a-z0-9.-]+)?\/?$/.test(url.pathname) && url.hostname.includes('.');
  return HOSTS[key].test(url.hostname);
}

/** The filled-in profiles, in display order (the page's links, the Person's `sameAs`). */
export function authorLinks(author: Record<AuthorLinkKey, string | null>): { key: AuthorLinkKey; url: string }[] {
  return AUTHOR_LINKS.flatMap((key) => (author[key] ? [{ key, url: author[key] }] : []));
}
