import { SitemapIndexStream, SitemapStream, streamToPromise, type SitemapItemLoose } from 'sitemap';

import { isoWithOffset } from './dates';
import { SITE_NAME, siteUrl } from './site';

// Sitemap XML, written by the `sitemap` package (escaping, namespaces, W3C dates); the pages only supply entries.

export type UrlEntry = { path: string; lastmod: string | null; images?: string[] };
export type NewsEntry = { path: string; title: string; publishedAt: string };
export type IndexEntry = { path: string; lastmod: string | null };

export const XML_HEADERS = { 'Content-Type': 'application/xml; charset=utf-8' };

async function render(stream: SitemapStream | SitemapIndexStream, items: SitemapItemLoose[] | { url: string; lastmod?: string }[]) {
  for (const item of items) stream.write(item);
  stream.end();
  return (await streamToPromise(stream)).toString('utf8');
}

/** A `<urlset>`; article sitemaps list each article's top image too (Google's image extension). */
export function urlsetXml(entries: UrlEntry[]): Promise<string> {
  const stream = new SitemapStream({ hostname: siteUrl(), xmlns: { news: false, video: false, xhtml: false, image: true } });
  return render(
    stream,
    entries.map((entry) => ({
      url: entry.path,
      ...(entry.lastmod ? { lastmod: entry.lastmod } : {}),
      img: (entry.images ?? []).map((url) => ({ url })),
    })),
  );
}

/** A Google News sitemap: publication name and language, publication time with its UTC offset, title. */
export function newsUrlsetXml(entries: NewsEntry[]): Promise<string> {
  const stream = new SitemapStream({ hostname: siteUrl(), xmlns: { news: true, video: false, xhtml: false, image: false } });
  return render(
    stream,
    entries.map((entry) => ({
      url: entry.path,
      news: {
        publication: { name: SITE_NAME, language: 'da' },
        publication_date: isoWithOffset(entry.publishedAt),
        title: entry.title,
      },
    })),
  );
}

/** A `<sitemapindex>` of the site's own sitemaps. */
export function sitemapIndexXml(entries: IndexEntry[]): Promise<string> {
  return render(
    new SitemapIndexStream(),
    entries.map((entry) => ({ url: `${siteUrl()}${entry.path}`, ...(entry.lastmod ? { lastmod: entry.lastmod } : {}) })),
  );
}
