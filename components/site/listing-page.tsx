import type { ReactNode } from 'react';

import type { TeaserPage } from '@/db/queries/teasers';
import { ArticleList } from './article-list';
import { COPY } from '@/copy/site';
import type { StructuredData } from './json-ld';
import { Pagination } from './pagination';
import { WithSidebar } from './with-sidebar';

/** Section, tag and author pages: a heading, an introduction, the articles and a pager. */
export function ListingPage({
  title,
  intro,
  basePath,
  articles,
  showSection = true,
  structuredData,
}: {
  title: string;
  intro?: ReactNode;
  basePath: string;
  articles: TeaserPage;
  showSection?: boolean;
  structuredData?: StructuredData[];
}) {
  return (
    <WithSidebar structuredData={structuredData}>
      <header className="mb-6 border-b-2 border-ink pb-3">
        <h1 className="text-3xl font-extrabold sm:text-4xl">{title}</h1>
        {intro ? <div className="mt-2 max-w-prose text-neutral-700">{intro}</div> : null}
        <p className="mt-2 text-sm text-muted">
          {COPY.articleCount(articles.total)}
          {articles.pageCount > 1 ? ` · ${COPY.page(articles.page)} af ${articles.pageCount}` : null}
        </p>
      </header>
      <ArticleList articles={articles.items} showSection={showSection} />
      <Pagination basePath={basePath} page={articles.page} pageCount={articles.pageCount} />
    </WithSidebar>
  );
}
