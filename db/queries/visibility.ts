import { and, eq } from 'drizzle-orm';

import { articles } from '@/db/schema';

// Which articles readers may see: the one definition every public query uses (listings, feeds, sitemaps, search,
// the front page, company pages, sponsor campaigns). The newsroom reads every status.

export const isPublished = eq(articles.status, 'published');
export const isPublishedNews = and(isPublished, eq(articles.kind, 'news'));
export const isPublishedSponsored = and(isPublished, eq(articles.kind, 'sponsored'));
