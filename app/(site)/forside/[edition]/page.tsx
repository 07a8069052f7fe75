import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { ArticleTeaser } from '@/components/site/article-teaser';
import { COPY } from '@/copy/site';
import { WithSidebar } from '@/components/site/with-sidebar';
import { getFrontPage } from '@/db/queries/listings';
import { type ArticleTeaser as ArticleTeaserData } from '@/db/queries/teasers';
import { pageMetadata } from '@/domain/seo/metadata';
import { FRONT_PAGE_EDITION, SITE_DESCRIPTION, SITE_NAME, SITE_TITLE } from '@/domain/site';
import { websiteData } from '@/domain/seo/structured-data';

// Readers reach this page as `/` (a rewrite in next.config.ts); `/forside/…` itself redirects to `/`. Having a
// parameter with no prebuilt values makes the page render on its first request and stay in the route cache,
// rather than being prerendered from the database at build time.
export async function generateStaticParams() {
  return [];
}

export const metadata: Metadata = {
  ...pageMetadata({ title: SITE_TITLE, description: SITE_DESCRIPTION, path: '/' }),
  // The site name is already in the title; the layout's " | Spalte" suffix would repeat it.
  title: { absolute: SITE_TITLE },
};

export default async function FrontPage({ params }: { params: Promise<{ edition: string }> }) {
  if ((await params).edition !== FRONT_PAGE_EDITION) notFound();
  const { lead, top, latest, sectionBlocks } = await getFrontPage();
  return (
    <WithSidebar structuredData={[websiteData()]}>
      <h1 className="sr-only">{`${SITE_NAME} – ${COPY.frontPage}`}</h1>
      {lead ? (
        <section aria-label="Tophistorie" className="border-b border-rule pb-8">
          <ArticleTeaser article={lead} variant="lead" headingLevel={2} />
        </section>
      ) : (
        <p className="text-muted">{COPY.noArticles}</p>
      )}

      <TeaserSection
        id="topnyheder"
        title={COPY.topStories}
        hideTitle
        articles={top}
        variant="standard"
        className="mt-8 border-b border-rule pb-8"
        listClassName="grid gap-6"
      />
      <TeaserSection
        id="seneste-nyt"
        title={COPY.latestNews}
        articles={latest}
        variant="compact"
        className="mt-8"
        listClassName="mt-4 grid gap-x-8 gap-y-6 sm:grid-cols-2"
      />

      {sectionBlocks.map(({ section, articles }) => (
        <section key={section.slug} aria-labelledby={`sektion-${section.slug}`} className="mt-12">
          <h2 id={`sektion-${section.slug}`} className="flex items-baseline justify-between border-b-2 border-ink pb-1">
            <Link href={`/${section.slug}`} className="text-2xl font-extrabold hover:text-brand">
              {section.name}
            </Link>
          </h2>
          <ul className="mt-4 grid gap-6 sm:grid-cols-2">
            {articles.map((article, index) => (
              <li key={article.id} className={index === 0 ? 'sm:col-span-2' : undefined}>
                <ArticleTeaser article={article} variant={index === 0 ? 'standard' : 'compact'} showSection={false} />
              </li>
            ))}
          </ul>
          <p className="mt-4 text-sm font-semibold">
            <Link href={`/${section.slug}`} className="text-brand-dark underline">
              {COPY.moreFromSection(section.name)}
            </Link>
          </p>
        </section>
      ))}
    </WithSidebar>
  );
}

/** A titled list of teasers on the front page; nothing when the list is empty. */
function TeaserSection({
  id,
  title,
  hideTitle = false,
  articles,
  variant,
  className,
  listClassName,
}: {
  id: string;
  title: string;
  hideTitle?: boolean;
  articles: ArticleTeaserData[];
  variant: 'standard' | 'compact';
  className: string;
  listClassName: string;
}) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={hideTitle ? 'sr-only' : 'border-b-2 border-ink pb-1 text-2xl font-extrabold'}>
        {title}
      </h2>
      <ul className={listClassName}>
        {articles.map((article) => (
          <li key={article.id}>
            <ArticleTeaser article={article} variant={variant} />
          </li>
        ))}
      </ul>
    </section>
  );
}
