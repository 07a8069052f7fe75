import { SitemapStream, streamToPromise, type SitemapItemLoose } from 'sitemap';

import { isoWithOffset } from '@/domain/dates';
import { SITE_NAME, siteUrl } from '@/domain/site';

// Sitemap XML, written by the `sitemap` package (escaping, namespaces, W3C dates, the image and news extensions);
// the pages only supply entries. The index, two plain elements per file, is written here (sitemapIndexXml).

export type UrlEntry = { path: string; lastmod: string | null; images?: string[] };
export type NewsEntry = { path: string; title: string; publishedAt: string };
export type IndexEntry = { path: string; lastmod: string | null };

export const XML_HEADERS = { 'Content-Type': 'application/xml; charset=utf-8' };

async function render(stream: SitemapStream, items: SitemapItemLoose[]) {
  for (const item of items) stream.write(item);
  stream.end();
  return (await streamToPromise(stream)).toString('utf8');
}

/** A `<urlset>`; article sitemaps list each article's top image too (Google's image extension). */
export function urlsetXml(entries: UrlEntry[]): Promise<string> {
  const stream = new SitemapStream({
    hostname: siteUrl(),
    xmlns: { news: false, video: false, xhtml: false, image: true },
  });
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
  const stream = new SitemapStream({
    hostname: siteUrl(),
    xmlns: { news: true, video: false, xhtml: false, image: false },
  });
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

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!);

/**
 * A `<sitemapindex>` of the site's own sitemaps. Written here rather than by the package's SitemapIndexStream: an
 * index of a large archive lists hundreds of files, and the stream (which validates and transforms each item) took
 * 20 µs a file, a third of the index's time, for two elements of our own making.
 */
export async function sitemapIndexXml(entries: IndexEntry[]): Promise<string> {
  const items = entries.map(
    (entry) =>
      `<sitemap><loc>${escapeXml(`${siteUrl()}${entry.path}`)}</loc>${entry.lastmod ? `<lastmod>${new Date(entry.lastmod).toISOString()}</lastmod>` : ''}</sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${items.join('')}</sitemapindex>`;
}
