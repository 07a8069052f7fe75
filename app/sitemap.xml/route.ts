import { getSitemapIndex } from '@/db/queries/sitemaps';
import { sitemapIndexXml, XML_HEADERS } from '@/server/seo/sitemap-xml';

// The sitemap index named in robots.txt: the pages sitemap and one article sitemap per month.
export async function GET() {
  return new Response(await sitemapIndexXml(await getSitemapIndex()), { headers: XML_HEADERS });
}
