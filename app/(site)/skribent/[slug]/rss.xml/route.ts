import { getFeed } from '@/db/queries/feeds';
import { feedResponse } from '@/server/seo/feeds';
import { isSlugParam } from '@/domain/params';

// An author's feed, beside their page /skribent/<slug>.
type Context = { params: Promise<{ slug: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { slug } = await params;
  return feedResponse(isSlugParam(slug) ? await getFeed({ kind: 'author', slug }) : null);
}
