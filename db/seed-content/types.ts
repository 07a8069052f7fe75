// Shapes of the demo content. The seeder (db/seed.ts) turns these into rows; times are given relative to the
// moment of seeding so the demo site always looks current.

export type SeedImage = {
  key: string;
  /** File name inside db/seed-content/images/. */
  file: string;
  alt: string;
  caption: string;
  credit: string;
};

export type SeedSection = {
  slug: string;
  name: string;
  description: string;
};

export type SeedAuthor = {
  slug: string;
  name: string;
  title: string;
  bio: string;
  email: string;
  /** Whether the author page shows the e-mail address. */
  showEmail?: boolean;
  linkedinUrl?: string;
  xUrl?: string;
  mastodonUrl?: string;
};

export type SeedArticle = {
  slug: string;
  /** Section slug. */
  section: string;
  title: string;
  lead: string;
  /**
   * CommonMark. A related-article block is a leaf directive on its own line, referring to another seed article
   * by slug: `::related{slug="pfa-forbyder-brug-af-zoom" label="Læs også"}`. The seeder rewrites it to the id form.
   */
  body: string;
  /** Author slugs, in byline order. */
  authors: string[];
  /** Tag names as shown to readers ("Zoom", "Kina", "Microsoft"). */
  tags: string[];
  /** Slugs of related seed articles, in order. */
  related?: string[];
  /** Key of a SeedImage. */
  image?: string;
  hoursAgo: number;
  /** Set when the article was updated after publishing. */
  updatedHoursAgo?: number;
  kind?: 'news' | 'sponsored';
  sponsor?: string;
  /** Demo page views per day, today first (index 0 = today, 1 = yesterday …). */
  views?: number[];
};

export type SeedJob = {
  company: string;
  title: string;
  region: string;
  description: string;
  url: string;
  daysAgo: number;
  /** Negative for an already expired job. */
  expiresInDays: number;
};

export type SeedPeopleNews = {
  name: string;
  company: string;
  role: string;
  /** "2026-02-02" */
  startDate: string;
  body: string;
  label: string;
  daysAgo: number;
};

export type SeedCompany = {
  /** Exactly as used in SeedJob.company / SeedPeopleNews.company ("Netcompany A/S"). */
  name: string;
  /** Two or three Danish sentences about what the company does. */
  description: string;
  /** The tag its articles carry, when it differs from the name without legal form ("Formpipe"). */
  tag?: string;
  /** Left out where we could not confirm the real homepage. */
  website?: string;
};
