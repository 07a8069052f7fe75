// Site-wide settings. SITE_URL is the public origin used for canonical URLs, feeds and sitemaps.
export const SITE_NAME = 'Spalte';
export const SITE_TAGLINE = 'Nyheder om it i Danmark';
/** The front page's title, and the title of shares of pages that have none of their own. */
export const SITE_TITLE = `${SITE_NAME} – nyheder om it i Danmark`;
export const SITE_DESCRIPTION =
  'Spalte skriver om it-branchen i Danmark: sikkerhed, cloud, offentlig it, karriere og ledelse.';

/** The internal path segment the front page is rendered under (see next.config.ts); readers only see `/`. */
export const FRONT_PAGE_EDITION = 'dk';

export function siteUrl(): string {
  const raw = process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return raw.replace(/\/+$/, '');
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The front page's lead story plus the top stories below it; also how many articles editors can pin. */
export const FRONT_PAGE_TOP = 5;
