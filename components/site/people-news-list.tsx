import Link from 'next/link';

import type { PeopleNewsItem } from '@/db/queries/people-news';
import { formatDate, isoWithOffset } from '@/domain/dates';
import { CompanyLink } from './company-link';
import { DIRECTORY_COPY } from '@/copy/directory';
import { PeopleNewsLabel } from './people-news-label';

const EXCERPT_LENGTH = 200;

/** The first ~200 characters of an entry, cut after a whole word. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut.slice(0, length)).replace(/[\s,.;:–-]+$/u, '')} …`;
}

/** Navnenyt entries for the Navnenyt page and company pages: name (to the entry), role, company, label, date. */
export function PeopleNewsList({
  entries,
  headingLevel = 2,
  showCompany = true,
}: {
  entries: PeopleNewsItem[];
  headingLevel?: 2 | 3;
  showCompany?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul aria-label={DIRECTORY_COPY.peopleNewsList} className="divide-y divide-rule">
      {entries.map((entry) => (
        <li key={entry.id} className="py-4 first:pt-0">
          <article aria-labelledby={`navnenyt-post-${entry.id}`}>
            <Heading id={`navnenyt-post-${entry.id}`} className="text-xl font-bold leading-snug">
              <Link href={entry.path} className="text-ink hover:text-brand-dark hover:underline">
                {entry.name}
              </Link>
            </Heading>
            <p className="text-sm font-semibold">
              {entry.role}
              {showCompany ? (
                <>
                  , <CompanyLink name={entry.company} slug={entry.companySlug} className="text-brand-dark" />
                </>
              ) : null}
            </p>
            <p className="mt-1 flex flex-wrap items-center gap-x-3 text-xs text-muted">
              <PeopleNewsLabel label={entry.label} />
              <time dateTime={isoWithOffset(entry.publishedAt)}>{formatDate(entry.publishedAt)}</time>
            </p>
            {entry.body ? <p className="mt-2 text-neutral-800">{excerpt(entry.body)}</p> : null}
          </article>
        </li>
      ))}
    </ul>
  );
}
