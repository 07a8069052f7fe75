import { getFeed } from '@/db/queries/feeds';
import { feedResponse } from '@/server/seo/feeds';

// The site feed: the newest published articles of every section.
export async function GET() {
  return feedResponse(await getFeed({ kind: 'site' }));
}
