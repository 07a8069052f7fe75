import { getSitemapFile } from '@/db/queries/sitemaps';
import { urlsetXml, XML_HEADERS } from '@/server/seo/sitemap-xml';

type Context = { params: Promise<{ file: string }> };

export async function GET(_request: Request, { params }: Context) {
  const entries = await getSitemapFile((await params).file);
  if (!entries) {
    return new Response('Sitemappet findes ikke.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  return new Response(await urlsetXml(entries), { headers: XML_HEADERS });
}
