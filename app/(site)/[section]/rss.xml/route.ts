import { getFeed } from '@/db/queries/feeds';
import { feedResponse } from '@/server/seo/feeds';
import { isSlugParam } from '@/domain/params';

// A section's feed. The static `rss.xml` segment wins over the article route beside it ([section]/[slug]).
type Context = { params: Promise<{ section: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { section } = await params;
  return feedResponse(isSlugParam(section) ? await getFeed({ kind: 'section', slug: section }) : null);
}
