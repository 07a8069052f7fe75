import type { ArticleTeaser as Teaser } from '@/db/queries/teasers';
import { ArticleTeaser } from './article-teaser';
import { COPY } from '@/copy/site';

export function ArticleList({
  articles,
  headingLevel = 2,
  showSection = true,
}: {
  articles: Teaser[];
  headingLevel?: 2 | 3;
  showSection?: boolean;
}) {
  if (articles.length === 0) return <p className="text-muted">{COPY.noArticles}</p>;
  return (
    <ul className="divide-y divide-rule">
      {articles.map((article) => (
        <li key={article.id} className="py-5 first:pt-0">
          <ArticleTeaser article={article} headingLevel={headingLevel} showSection={showSection} />
        </li>
      ))}
    </ul>
  );
}
