import Link from 'next/link';

import type { PeopleNewsDetail } from '@/db/queries/people-news';
import { formatCalendarDate } from '@/domain/dates';
import { CompanyLink } from './company-link';
import { DIRECTORY_COPY } from '@/copy/directory';
import { TextParagraphs } from './job-view';
import { PeopleNewsLabel } from './people-news-label';
import { MediaFigure } from './media-figure';
import { PublishedTime } from './published-time';

/** One Navnenyt entry: who, the new role and company, when, and the full text. */
export function PeopleNewsView({ entry }: { entry: PeopleNewsDetail }) {
  return (
    <article>
      <header>
        <p className="text-sm font-bold uppercase tracking-wide">
          <Link href="/navnenyt" className="text-brand hover:underline">
            {DIRECTORY_COPY.peopleNewsTitle}
          </Link>
        </p>
        <h1 className="mt-2 text-3xl font-extrabold leading-tight sm:text-[2.6rem]">{entry.name}</h1>
        <p className="mt-2 text-xl font-medium text-neutral-800">
          {entry.role}, <CompanyLink name={entry.company} slug={entry.companySlug} className="text-brand-dark" />
        </p>
        <p className="mt-3">
          <PeopleNewsLabel label={entry.label} />
        </p>
        {entry.author ? (
          <p className="mt-3 text-sm">
            <Link href={`/skribent/${entry.author.slug}`} className="font-semibold text-brand-dark underline">
              {DIRECTORY_COPY.peopleNewsAuthor(entry.author.name)}
            </Link>
          </p>
        ) : null}
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 border-y border-rule py-3 text-sm">
          {entry.startDate ? (
            <>
              <dt className="font-semibold">{DIRECTORY_COPY.peopleNewsDateLabel(entry.label)}</dt>
              <dd>
                <time dateTime={entry.startDate}>{formatCalendarDate(entry.startDate)}</time>
              </dd>
            </>
          ) : null}
          <dt className="font-semibold">{DIRECTORY_COPY.peopleNewsPublished}</dt>
          <dd>
            <PublishedTime value={entry.publishedAt} />
          </dd>
        </dl>
      </header>

      {entry.photo ? (
        <MediaFigure image={entry.photo} alt={entry.photo.alt || entry.name} sizes="320px" className="mt-6 max-w-xs" />
      ) : null}

      <div className="article-body mt-6 max-w-[42rem]">
        <TextParagraphs text={entry.body} />
      </div>

      <p className="mt-8 text-sm font-semibold">
        <Link href="/navnenyt" className="text-brand-dark underline">
          {DIRECTORY_COPY.peopleNewsBack}
        </Link>
      </p>
    </article>
  );
}
