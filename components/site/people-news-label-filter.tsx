import Link from 'next/link';

import type { PeopleNewsLabel } from '@/db/queries/people-news';
import { DIRECTORY_COPY } from '@/copy/directory';

/** Links that narrow Navnenyt to one label; built from the labels in use, the current one marked. */
export function PeopleNewsLabelFilter({ labels, current }: { labels: PeopleNewsLabel[]; current: string | null }) {
  const choices = [{ slug: null, name: DIRECTORY_COPY.peopleNewsAll }, ...labels];
  return (
    <nav aria-label={DIRECTORY_COPY.peopleNewsFilter}>
      <ul className="flex flex-wrap gap-2">
        {choices.map((choice) => {
          const selected = choice.slug === current;
          return (
            <li key={choice.slug ?? ''}>
              <Link
                href={choice.slug ? `/navnenyt?kategori=${choice.slug}` : '/navnenyt'}
                aria-current={selected ? 'page' : undefined}
                className={
                  selected
                    ? 'block rounded-full border border-ink bg-ink px-3 py-1 text-sm font-semibold text-white'
                    : 'block rounded-full border border-rule px-3 py-1 text-sm hover:border-brand'
                }
              >
                {choice.name}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
