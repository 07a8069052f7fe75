import Link from 'next/link';

import type { ArticleDetail } from '@/db/queries/article-page';
import type { ArticleTeaser } from '@/db/queries/teasers';
import { MarkdownBody } from '@/components/site/markdown-body';
import { ArticleList } from './article-list';
import { COPY } from '@/copy/site';
import { MediaFigure } from './media-figure';
import { PublishedTime } from './published-time';
import { ViewBeacon } from './view-beacon';

function ArticleByline({ article }: { article: ArticleDetail }) {
  return (
    <div className="mt-5 flex flex-wrap items-baseline gap-x-4 gap-y-1 border-y border-rule py-3 text-sm">
      {article.authors.length > 0 ? (
        <p>
          {COPY.byline}{' '}
          {article.authors.map((author, index) => (
            <span key={author.slug}>
              {index > 0 ? (index === article.authors.length - 1 ? ' og ' : ', ') : null}
              <Link
                href={`/skribent/${author.slug}`}
                className="font-semibold text-ink underline-offset-2 hover:underline"
              >
                {author.name}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
      <p className="text-muted">
        {COPY.published} <PublishedTime value={article.publishedAt} />
      </p>
      {/* Shown only when the desk marked a change as an update or added a correction, never for a silent fix. */}
      {article.modifiedAt ? (
        <p className="text-muted">
          {COPY.updated} <PublishedTime value={article.modifiedAt} />
        </p>
      ) : null}
      <p className="text-muted">{COPY.readingTime(article.readingMinutes)}</p>
    </div>
  );
}

/** The article page body: everything between the site header and the sidebar. */
export function ArticleView({
  article,
  related,
  previous,
  next,
  preview = false,
}: {
  article: ArticleDetail;
  /** Current teasers of every article the page refers to (related list and body blocks). */
  related: ArticleTeaser[];
  /** Neighbours in the section: the one published before and the one after. */
  previous: ArticleTeaser | null;
  next: ArticleTeaser | null;
  /** The newsroom's preview: nothing is counted as a reader's view. */
  preview?: boolean;
}) {
  const relatedById = new Map(related.map((target) => [target.id, { title: target.title, path: target.path }]));
  const relatedList = article.relatedIds.flatMap((id) => related.find((target) => target.id === id) ?? []);
  const sponsored = article.kind === 'sponsored' && article.sponsor;
  return (
    <article>
      <header>
        {sponsored ? (
          <div className="mb-4 border-l-4 border-sponsor bg-sponsor-bg p-3">
            <p className="text-sm font-bold uppercase tracking-wide text-sponsor">
              {COPY.sponsoredBy(article.sponsor!)}
            </p>
            <p className="mt-1 text-sm text-neutral-800">{COPY.sponsoredDisclaimer(article.sponsor!)}</p>
          </div>
        ) : (
          <p className="text-sm font-bold uppercase tracking-wide">
            <Link href={`/${article.section.slug}`} className="text-brand hover:underline">
              {article.section.name}
            </Link>
          </p>
        )}
        <h1 className="mt-2 text-3xl font-extrabold leading-tight sm:text-[2.6rem]">{article.title}</h1>
        {article.lead ? (
          <p className="mt-4 text-xl font-medium leading-relaxed text-neutral-800">{article.lead}</p>
        ) : null}
        <ArticleByline article={article} />
      </header>

      {article.image ? (
        <MediaFigure
          image={article.image}
          crop="wide"
          sizes="(min-width: 1152px) 800px, (min-width: 1024px) 70vw, 100vw"
          className="mt-6"
          preload
        />
      ) : null}

      <div className="article-body mt-6 max-w-[42rem]">
        <MarkdownBody body={article.body} related={relatedById} sponsored={Boolean(sponsored)} />
      </div>

      {article.corrections.length > 0 ? (
        <section aria-labelledby="rettelser" className="mt-8 max-w-[42rem] border-l-4 border-amber-500 bg-amber-50 p-4">
          <h2 id="rettelser" className="font-bold">
            {COPY.corrections}
          </h2>
          <ul className="mt-2 grid gap-2 text-sm">
            {article.corrections.map((correction) => (
              <li key={correction.createdAt}>
                <PublishedTime value={correction.createdAt} className="font-semibold" />: {correction.body}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {article.tags.length > 0 ? (
        <nav aria-label={COPY.tags} className="mt-8 max-w-[42rem]">
          <h2 className="text-sm font-bold uppercase tracking-wide text-muted">{COPY.tags}</h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {article.tags.map((tag) => (
              <li key={tag.slug}>
                <Link
                  href={`/tag/${tag.slug}`}
                  className="block rounded-full border border-rule px-3 py-1 text-sm hover:border-brand"
                >
                  {tag.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      {relatedList.length > 0 ? (
        <section aria-labelledby="relaterede" className="mt-10 max-w-[42rem]">
          <h2 id="relaterede" className="border-b-2 border-ink pb-1 text-xl font-extrabold">
            {COPY.relatedArticles}
          </h2>
          <div className="mt-4">
            <ArticleList articles={relatedList} headingLevel={3} />
          </div>
        </section>
      ) : null}

      {previous || next ? (
        <nav
          aria-label={COPY.moreInSection(article.section.name)}
          className="mt-10 grid max-w-[42rem] gap-4 border-t-2 border-ink pt-4 sm:grid-cols-2"
        >
          {previous ? (
            <p>
              <span className="block text-xs font-bold uppercase tracking-wide text-muted">{COPY.previousArticle}</span>
              <Link href={previous.path} className="font-semibold hover:underline">
                {previous.title}
              </Link>
            </p>
          ) : (
            <span />
          )}
          {next ? (
            <p className="sm:text-right">
              <span className="block text-xs font-bold uppercase tracking-wide text-muted">{COPY.nextArticle}</span>
              <Link href={next.path} className="font-semibold hover:underline">
                {next.title}
              </Link>
            </p>
          ) : null}
        </nav>
      ) : null}

      {preview ? null : <ViewBeacon articleId={article.id} />}
    </article>
  );
}
