import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';

import { DIRECTORY_COPY } from '@/copy/directory';
import { NotFoundMessage } from '@/components/site/not-found-message';
import { Pagination } from '@/components/site/pagination';
import { PeopleNewsLabelFilter } from '@/components/site/people-news-label-filter';
import { PeopleNewsList } from '@/components/site/people-news-list';
import { WithSidebar } from '@/components/site/with-sidebar';
import { getPeopleNewsLabels, getPeopleNewsPage } from '@/db/queries/people-news';
import { isMissingPath } from '@/db/queries/routing';
import { pageMetadata } from '@/domain/seo/metadata';
import { parsePageParam } from '@/domain/params';
import { breadcrumbData } from '@/domain/seo/structured-data';

type Props = { searchParams: Promise<{ side?: string | string[]; kategori?: string | string[] }> };

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

// An unknown label is ignored (all entries are shown), like the search filters; only known labels reach the
// cached page query.
const load = cache(async (side: string | string[] | undefined, kategori: string | undefined) => {
  const page = parsePageParam(side);
  if (page === null) return null;
  const labels = await getPeopleNewsLabels();
  const label = labels.find((candidate) => candidate.slug === kategori) ?? null;
  const list = await getPeopleNewsPage({ label: label?.name, page });
  return list && { list, labels, label };
});

function pageQuery(label: string | null): Record<string, string> {
  return label ? { kategori: label } : {};
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = await searchParams;
  const data = await load(params.side, single(params.kategori));
  if (!data) return {};
  const { list, label } = data;
  const query = new URLSearchParams(pageQuery(label?.slug ?? null));
  if (list.page > 1) query.set('side', String(list.page));
  const title = label ? DIRECTORY_COPY.peopleNewsLabelTitle(label.name) : DIRECTORY_COPY.peopleNewsTitle;
  return pageMetadata({
    title: list.page > 1 ? DIRECTORY_COPY.peopleNewsPageTitle(title, list.page) : title,
    description: label ? DIRECTORY_COPY.peopleNewsLabelDescription(label.name) : DIRECTORY_COPY.peopleNewsDescription,
    path: query.toString() ? `/navnenyt?${query}` : '/navnenyt',
    noindex: list.page > 1,
  });
}

export default async function PeopleNewsPage({ searchParams }: Props) {
  const params = await searchParams;
  const data = await load(params.side, single(params.kategori));
  if (!data) {
    // A malformed ?side= was answered 404 by proxy.ts; only a page past the last one reaches notFound().
    if (isMissingPath('/navnenyt', params.side)) return <NotFoundMessage />;
    notFound();
  }
  const { list, labels, label } = data;
  return (
    <WithSidebar structuredData={[breadcrumbData([{ name: DIRECTORY_COPY.peopleNewsTitle, path: '/navnenyt' }])]}>
      <header className="mb-6 border-b-2 border-ink pb-3">
        <h1 className="text-3xl font-extrabold sm:text-4xl">{DIRECTORY_COPY.peopleNewsTitle}</h1>
        <p className="mt-2 max-w-prose text-neutral-700">{DIRECTORY_COPY.peopleNewsIntro}</p>
      </header>
      <PeopleNewsLabelFilter labels={labels} current={label?.slug ?? null} />
      <p className="mt-6 mb-4 text-sm text-muted">
        {DIRECTORY_COPY.peopleNewsCount(list.total)}
        {list.pageCount > 1 ? ` · ${DIRECTORY_COPY.pageOf(list.page, list.pageCount)}` : null}
      </p>
      {list.items.length > 0 ? (
        <PeopleNewsList entries={list.items} />
      ) : (
        <p className="text-muted">{DIRECTORY_COPY.peopleNewsNone}</p>
      )}
      <Pagination
        basePath="/navnenyt"
        page={list.page}
        pageCount={list.pageCount}
        query={pageQuery(label?.slug ?? null)}
      />
    </WithSidebar>
  );
}
