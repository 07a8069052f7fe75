import Image from 'next/image';
import Link from 'next/link';

import type { ArticleTeaser as Teaser } from '@/db/queries/teasers';
import { COPY } from '@/copy/site';
import { PublishedTime } from './published-time';

type Variant = 'lead' | 'standard' | 'compact';

/**
 * One article in a list. The heading level follows the list it sits in, so the page outline stays correct.
 * Sponsored articles are always labelled.
 */
export function ArticleTeaser({
  article,
  variant = 'standard',
  headingLevel = 3,
  showSection = true,
}: {
  article: Teaser;
  variant?: Variant;
  headingLevel?: 2 | 3;
  showSection?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  // The lead teaser is wide; the others sit in a narrow column where 4:3 shows more of the subject.
  const image = article.image?.crops[variant === 'lead' ? 'wide' : 'standard'];
  const titleClass =
    variant === 'lead'
      ? 'text-3xl font-extrabold leading-tight sm:text-4xl'
      : variant === 'standard'
        ? 'text-xl font-bold leading-snug'
        : 'text-base font-semibold leading-snug';
  return (
    <article className={variant === 'standard' ? 'grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem]' : 'grid gap-3'}>
      <div className={variant === 'standard' ? 'order-2 sm:order-1' : undefined}>
        {article.kind === 'sponsored' && article.sponsor ? (
          <p className="mb-1 inline-block bg-sponsor-bg px-1.5 py-0.5 text-xs font-bold uppercase tracking-wide text-sponsor">
            {COPY.sponsoredBy(article.sponsor)}
          </p>
        ) : showSection ? (
          <p className="mb-1 text-xs font-bold uppercase tracking-wide text-brand">{article.section.name}</p>
        ) : null}
        <Heading className={titleClass}>
          <Link href={article.path} className="text-ink hover:text-brand-dark hover:underline">
            {article.title}
          </Link>
        </Heading>
        {variant !== 'compact' && article.lead ? (
          <p className={variant === 'lead' ? 'mt-2 text-lg text-neutral-700' : 'mt-1 text-neutral-700'}>
            {article.lead}
          </p>
        ) : null}
        <p className="mt-1 text-xs text-muted">
          <PublishedTime value={article.publishedAt} />
        </p>
      </div>
      {variant !== 'compact' && image ? (
        <Link
          href={article.path}
          tabIndex={-1}
          aria-hidden="true"
          className={variant === 'standard' ? 'order-1 sm:order-2' : 'order-first'}
        >
          <Image
            src={image.src}
            width={image.width}
            height={image.height}
            alt=""
            sizes={variant === 'lead' ? '(min-width: 1024px) 720px, 100vw' : '(min-width: 640px) 192px, 100vw'}
            className="h-auto w-full bg-neutral-200"
            preload={variant === 'lead'}
          />
        </Link>
      ) : null}
    </article>
  );
}
