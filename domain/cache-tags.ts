// Every cache tag the site uses, in one place. Pages never name tags; query functions tag what they read and
// `invalidate()` (db/cache.ts) expires what a change affects.
export const TAGS = {
  /** Any list of articles: front page, section lists, "latest", related lists. */
  articleLists: 'article-lists',
  /** One article's own data, by id (teasers, related blocks). */
  article: (id: number) => `article:${id}`,
  /** The article page looked up by slug; a slug change must expire the old and the new slug. */
  articleSlug: (slug: string) => `article-slug:${slug}`,
  section: (slug: string) => `section:${slug}`,
  sections: 'sections',
  authors: 'authors',
  tags: 'tags',
  /** The tags featured in the "Fokus" row under the menu, on every page: only tag admin changes expire it. */
  featuredTags: 'featured-tags',
  sponsored: 'sponsored',
  /** The sidebar's sponsor campaigns (which sponsored article is advertised, when, with which logo). */
  sponsorCampaigns: 'sponsor-campaigns',
  jobs: 'jobs',
  peopleNews: 'people-news',
  /** Company profiles (name, slug, description, website, tag); jobs and Navnenyt show their names and links. */
  companies: 'companies',
  /** The editors' pinned order of the front page's lead and top stories. */
  frontPage: 'front-page',
  mostRead: 'most-read',
  media: 'media',
} as const;
