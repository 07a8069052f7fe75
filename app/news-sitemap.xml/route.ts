import { getNewsSitemap } from '@/db/queries/sitemaps';
import { newsUrlsetXml, XML_HEADERS } from '@/server/seo/sitemap-xml';

// Google News: the news articles of the last two days (never sponsored content), newest first.
export async function GET() {
  return new Response(await newsUrlsetXml(await getNewsSitemap()), { headers: XML_HEADERS });
}
