import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

// Relative, not '@/…': drizzle-kit loads this file without the project's path aliases.
import { ARTICLE_KINDS, ARTICLE_STATUSES, HANDOVER_KINDS, REVISION_EVENTS } from '../domain/article/workflow';
import { ROLES } from '../domain/roles';

// Timestamps are ISO-8601 UTC strings ("2026-11-27T21:19:00.000Z"): they sort as text, read well in the
// database, and survive JSON serialisation in the data cache unchanged (a Date would come back as a string).
const timestamp = (name: string) => text(name);
const createdAt = () =>
  text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ROLES }).notNull().default('writer'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  // Bumped on logout, role change, password change and deactivation; a session carrying an older value is dead.
  sessionVersion: integer('session_version').notNull().default(1),
  lastLoginAt: timestamp('last_login_at'),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at'),
});

export const media = sqliteTable('media', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // Chosen by the server; never derived from the uploaded name.
  fileName: text('file_name').notNull().unique(),
  originalName: text('original_name'),
  mime: text('mime').notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  byteSize: integer('byte_size').notNull(),
  alt: text('alt').notNull().default(''),
  caption: text('caption').notNull().default(''),
  credit: text('credit').notNull().default(''),
  focalX: real('focal_x').notNull().default(0.5),
  focalY: real('focal_y').notNull().default(0.5),
  uploadedBy: integer('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
});

export const sections = sqliteTable(
  'sections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    // Shown on the section page and as its meta description.
    description: text('description').notNull().default(''),
    // The menu's order.
    position: integer('position').notNull().default(0),
    // Out of the menu, the footer and the front page's blocks; its page stays reachable (noindex) for its articles.
    hidden: integer('hidden', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('sections_position_idx').on(t.position)],
);

// Old section slugs: /<old> and /<old>/rss.xml answer 301 to the section's current ones.
export const sectionSlugHistory = sqliteTable('section_slug_history', {
  slug: text('slug').primaryKey(),
  sectionId: integer('section_id')
    .notNull()
    .references(() => sections.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
});

// A person who writes for Spalte: staff (linked to their user account, one author per account) or a guest or
// freelancer without an account. Inactive authors are not offered for new bylines but keep their page and bylines.
export const authors = sqliteTable(
  'authors',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    title: text('title').notNull().default(''),
    bio: text('bio').notNull().default(''),
    email: text('email'),
    // Whether the author page shows the e-mail address (it is always known to the newsroom).
    showEmail: integer('show_email', { mode: 'boolean' }).notNull().default(false),
    // Profiles elsewhere, https URLs: shown on the author page and as the Person's `sameAs`.
    linkedinUrl: text('linkedin_url'),
    xUrl: text('x_url'),
    mastodonUrl: text('mastodon_url'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    photoId: integer('photo_id').references(() => media.id, { onDelete: 'set null' }),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
  },
  // SQLite lets any number of rows have no user; a user has at most one author.
  (t) => [uniqueIndex('authors_user_idx').on(t.userId)],
);

// Old author slugs (a rename, or an author merged into another): /skribent/<slug> answers 301 to the author's
// current page. A slug in use by a current author is never here (taking it removes the row).
export const authorSlugHistory = sqliteTable('author_slug_history', {
  slug: text('slug').primaryKey(),
  authorId: integer('author_id')
    .notNull()
    .references(() => authors.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
});

export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    lead: text('lead').notNull().default(''),
    body: text('body').notNull().default(''),
    kind: text('kind', { enum: ARTICLE_KINDS }).notNull().default('news'),
    status: text('status', { enum: ARTICLE_STATUSES }).notNull().default('draft'),
    sectionId: integer('section_id')
      .notNull()
      .references(() => sections.id),
    topImageId: integer('top_image_id').references(() => media.id, { onDelete: 'set null' }),
    sponsor: text('sponsor'),
    seoTitle: text('seo_title'),
    seoDescription: text('seo_description'),
    premium: integer('premium', { mode: 'boolean' }).notNull().default(false),
    publishAt: timestamp('publish_at'),
    publishedAt: timestamp('published_at'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at').notNull(),
    version: integer('version').notNull().default(1),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
    // The article's row id in the search index (articles_fts): its publication minute (its creation minute until it
    // is published) since 2000 in the high bits and its id in the low 27, so the index's own rowid order is
    // newest-first and a search can stop after the newest matches (db/queries/search.ts). Computed, never stored;
    // a trigger (migration 0006) moves the index entry when the publication time changes.
    searchKey: integer('search_key').generatedAlwaysAs(
      sql`max(0, CAST((julianday(coalesce(published_at, created_at)) - 2451544.5) * 1440 AS INTEGER)) * 134217728 + id`,
      { mode: 'virtual' },
    ),
  },
  (t) => [
    // Front page, feeds and sitemaps: newest published first.
    index('articles_status_published_idx').on(t.status, t.publishedAt),
    // Section pages, section blocks, a section's feed and an article's neighbours: one section's news, newest first.
    index('articles_section_listing_idx').on(t.sectionId, t.kind, t.status, t.publishedAt),
    // Sponsored widget and listings; keeping sponsored content out of news lists.
    index('articles_kind_status_published_idx').on(t.kind, t.status, t.publishedAt),
    // The scheduler's "what is due" query.
    index('articles_status_publish_at_idx').on(t.status, t.publishAt),
    // The newsroom's list: each sort, alone or after the status or section filter (db/queries/newsroom.ts);
    // status and published_at is articles_status_published_idx above.
    index('articles_updated_idx').on(t.updatedAt),
    index('articles_status_updated_idx').on(t.status, t.updatedAt),
    index('articles_section_updated_idx').on(t.sectionId, t.updatedAt),
    index('articles_published_idx').on(t.publishedAt),
    index('articles_section_published_idx').on(t.sectionId, t.publishedAt),
    index('articles_title_idx').on(t.title),
    index('articles_status_title_idx').on(t.status, t.title),
    index('articles_section_title_idx').on(t.sectionId, t.title),
  ],
);

export const articleCorrections = sqliteTable(
  'article_corrections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('article_corrections_article_idx').on(t.articleId, t.createdAt)],
);

export const articleAuthors = sqliteTable(
  'article_authors',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    authorId: integer('author_id')
      .notNull()
      .references(() => authors.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    // The article's publication time while it is published, null otherwise: kept by triggers (migration 0006) so
    // an author's page and feed read one index, newest first, without visiting the articles they skip.
    publishedAt: timestamp('published_at'),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.authorId] }),
    index('article_authors_listing_idx').on(t.authorId, t.publishedAt, t.articleId),
  ],
);

export const tags = sqliteTable(
  'tags',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    // The publication time of the tag's newest published article (null: none), kept by triggers on article_tags
    // (migration 0012): the tag sitemaps' lastmod without a look at the tag's articles.
    newestPublishedAt: text('newest_published_at'),
    // Shown on the tag page and as its meta description.
    description: text('description').notNull().default(''),
    // In the "Fokus" row under the menu on every page.
    featured: integer('featured', { mode: 'boolean' }).notNull().default(false),
  },
  // The newsroom's tag list, by name, a page at a time (and its name search, read through the index alone).
  (t) => [index('tags_name_idx').on(t.name)],
);

// Old tag slugs (a rename, a merged tag): /tag/<old> and its feed answer 301 to the tag's current ones.
export const tagSlugHistory = sqliteTable('tag_slug_history', {
  slug: text('slug').primaryKey(),
  tagId: integer('tag_id')
    .notNull()
    .references(() => tags.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
});

export const articleTags = sqliteTable(
  'article_tags',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
    // As article_authors.published_at: the publication time while published, kept by triggers, for tag pages.
    publishedAt: timestamp('published_at'),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.tagId] }),
    index('article_tags_listing_idx').on(t.tagId, t.publishedAt, t.articleId),
  ],
);

export const articleRelated = sqliteTable(
  'article_related',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    relatedId: integer('related_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.relatedId] }), index('article_related_related_idx').on(t.relatedId)],
);

export const slugHistory = sqliteTable(
  'slug_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // The old public path, e.g. "/sikkerhed/gammel-overskrift".
    path: text('path').notNull(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('slug_history_path_idx').on(t.path), index('slug_history_article_idx').on(t.articleId)],
);

export const revisions = sqliteTable(
  'revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    // Full JSON snapshot of the article as saved (fields, authors, tags, related).
    snapshot: text('snapshot').notNull(),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    // What made this version: a save, a status change, a restore, a correction or the scheduler (null before 0005).
    event: text('event', { enum: REVISION_EVENTS }),
    // What the person handing the article over wrote with "Send til redigering" or "Tilbage til kladde".
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [index('revisions_article_idx').on(t.articleId, t.version)],
);

// The newsroom's notifications: one row per person told about a handover (an article sent to the desk, or sent back
// to its writer), read or not. Rows go with the article or the person.
export const notifications = sqliteTable(
  'notifications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: HANDOVER_KINDS }).notNull(),
    note: text('note'),
    createdAt: createdAt(),
    readAt: timestamp('read_at'),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.readAt, t.createdAt)],
);

// A company is shared by its job listings, its Navnenyt entries and (through its tag) the articles about it.
export const companies = sqliteTable('companies', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull().unique(),
  description: text('description').notNull().default(''),
  website: text('website'),
  tagId: integer('tag_id').references(() => tags.id, { onDelete: 'set null' }),
});

export const jobs = sqliteTable(
  'jobs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    company: text('company').notNull(),
    companyId: integer('company_id').references(() => companies.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    region: text('region').notNull(),
    url: text('url').notNull(),
    description: text('description').notNull().default(''),
    publishedAt: timestamp('published_at').notNull(),
    expiresAt: timestamp('expires_at').notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at'),
  },
  (t) => [
    index('jobs_expires_published_idx').on(t.expiresAt, t.publishedAt),
    index('jobs_company_idx').on(t.companyId, t.expiresAt),
  ],
);

export const peopleNews = sqliteTable(
  'people_news',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    company: text('company').notNull(),
    companyId: integer('company_id').references(() => companies.id, { onDelete: 'set null' }),
    role: text('role').notNull(),
    // A calendar date ("2026-02-02"), not an instant.
    startDate: text('start_date'),
    body: text('body').notNull().default(''),
    photoId: integer('photo_id').references(() => media.id, { onDelete: 'set null' }),
    // The author this entry is about, when the person writes for Spalte: one person, one page (decision 0019).
    authorId: integer('author_id').references(() => authors.id, { onDelete: 'set null' }),
    label: text('label').notNull().default('Nyt job'),
    publishedAt: timestamp('published_at').notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at'),
  },
  (t) => [
    // Newest first, and the Navnenyt sitemaps' months: count and newest change read from the index alone.
    index('people_news_published_idx').on(t.publishedAt, t.updatedAt),
    index('people_news_label_idx').on(t.label, t.publishedAt),
    index('people_news_company_idx').on(t.companyId, t.publishedAt),
    // An author page's Navnenyt entries, newest first.
    index('people_news_author_idx').on(t.authorId, t.publishedAt),
  ],
);

// The front page's curated order: position 0 is the lead story, then the top stories in order. Rows for articles
// that are no longer published are ignored when the page is built (and removed by the next curation save); the
// newest published articles fill the places nobody pinned.
export const frontPageSlots = sqliteTable('front_page_slots', {
  position: integer('position').primaryKey(),
  articleId: integer('article_id')
    .notNull()
    .unique()
    .references(() => articles.id, { onDelete: 'cascade' }),
  updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at').notNull(),
});

// A sponsored-content campaign: the sidebar's "Annonceindlæg fra <sponsor>" teaser for one sponsored article
// (whose `sponsor` names the sponsor), with the sponsor's logo, shown from `startsAt` until `endsAt`. Several
// active campaigns take turns.
export const sponsorCampaigns = sqliteTable(
  'sponsor_campaigns',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    logoId: integer('logo_id').references(() => media.id, { onDelete: 'set null' }),
    startsAt: timestamp('starts_at').notNull(),
    endsAt: timestamp('ends_at').notNull(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at'),
  },
  (t) => [index('sponsor_campaigns_window_idx').on(t.endsAt, t.startsAt)],
);

export const pageViews = sqliteTable(
  'page_views',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    // Copenhagen calendar day, "2026-11-27".
    day: text('day').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.day] }), index('page_views_day_idx').on(t.day, t.articleId, t.count)],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    entityType: text('entity_type'),
    entityId: integer('entity_id'),
    details: text('details'),
    ip: text('ip'),
    createdAt: createdAt(),
  },
  (t) => [
    index('audit_log_created_idx').on(t.createdAt),
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    // The log's person and action filters read one person's or one action's entries newest first, not the whole log.
    index('audit_log_user_idx').on(t.userId, t.createdAt),
    index('audit_log_action_idx').on(t.action, t.createdAt),
  ],
);

// Failed logins, per account ("account:<e-mail>") and per client address ("ip:<address>"). Kept in SQLite so a
// restart does not reset a lockout. `lockouts` counts earlier lockouts of the key, so each one lasts longer.
export const loginThrottle = sqliteTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStartedAt: text('window_started_at').notNull(),
  lockedUntil: text('locked_until'),
  lockouts: integer('lockouts').notNull().default(0),
  updatedAt: text('updated_at').notNull(),
});

// The article sitemaps' months (UTC calendar months of publication) with how many published articles each holds
// and when one of them last changed. Kept by triggers on articles (migration 0006), so the sitemap index is a read
// of a few dozen rows instead of a pass over the archive.
export const sitemapMonths = sqliteTable('sitemap_months', {
  month: text('month').primaryKey(),
  articles: integer('articles').notNull(),
  lastmod: text('lastmod').notNull(),
});

// How many articles there are of each status in each section, kept by triggers on articles (migration 0009): the
// newsroom's list shows its total and its last page without counting the archive.
export const articleCounts = sqliteTable(
  'article_counts',
  {
    status: text('status', { enum: ARTICLE_STATUSES }).notNull(),
    sectionId: integer('section_id').notNull(),
    articles: integer('articles').notNull(),
  },
  (t) => [primaryKey({ columns: [t.status, t.sectionId] })],
);

// The search index's state: `rebuildCursor` is null when articles_fts covers every article, and otherwise the id of
// the last article a background rebuild has indexed (0 before it starts). See db/search-index.ts.
export const searchIndexState = sqliteTable('search_index_state', {
  id: integer('id').primaryKey(),
  rebuildCursor: integer('rebuild_cursor'),
  updatedAt: text('updated_at').notNull(),
});

export type User = typeof users.$inferSelect;
export type Media = typeof media.$inferSelect;
export type Section = typeof sections.$inferSelect;
export type Author = typeof authors.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type Tag = typeof tags.$inferSelect;
export type Company = typeof companies.$inferSelect;
export type Job = typeof jobs.$inferSelect;
export type PeopleNews = typeof peopleNews.$inferSelect;
export type SponsorCampaign = typeof sponsorCampaigns.$inferSelect;
