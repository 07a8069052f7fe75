import type { Metadata } from 'next';
import Link from 'next/link';

import { ADMIN_COPY } from '@/copy/admin';
import { Pagination } from '@/components/site/pagination';
import { SelectField } from '@/components/ui/select-field';
import { listNewsroomArticles, newsroomChoices, SORTS, TITLE_MATCH_LIMIT, type SortKey } from '@/db/queries/newsroom';
import { formatDateTime } from '@/domain/dates';
import { ownKey, parsePageParam } from '@/domain/params';
import { requireStaff } from '@/server/auth/session';
import { ADMIN_ROW, AdminTable } from '@/components/admin/admin-table';
import { ARTICLE_STATUSES, type ArticleStatus } from '@/domain/article/workflow';
import { STATUS_LABELS } from '@/copy/admin';

export const metadata: Metadata = { title: ADMIN_COPY.articles };

type Params = Record<
  'status' | 'sektion' | 'skribent' | 'q' | 'sorter' | 'retning' | 'side',
  string | string[] | undefined
>;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

export default async function ArticleListPage({ searchParams }: { searchParams: Promise<Params> }) {
  await requireStaff('/admin');
  const params = await searchParams;
  const choices = newsroomChoices();
  // Unknown filter values are ignored, like on the public site.
  const status = (ARTICLE_STATUSES as readonly string[]).includes(single(params.status))
    ? (single(params.status) as ArticleStatus)
    : undefined;
  const section = choices.sections.some((s) => s.slug === single(params.sektion)) ? single(params.sektion) : undefined;
  const author = choices.authors.some((a) => a.slug === single(params.skribent)) ? single(params.skribent) : undefined;
  const sort: SortKey = ownKey(SORTS, single(params.sorter)) ?? 'opdateret';
  const direction = single(params.retning) === 'stigende' ? 'asc' : 'desc';
  const q = single(params.q).trim().slice(0, 200);
  const page = parsePageParam(params.side) ?? 1;
  const list = listNewsroomArticles({ status, section, author, q: q || undefined, sort, direction, page });

  const query: Record<string, string> = {};
  if (status) query.status = status;
  if (section) query.sektion = section;
  if (author) query.skribent = author;
  if (q) query.q = q;
  if (sort !== 'opdateret') query.sorter = sort;
  if (direction === 'asc') query.retning = 'stigende';

  return (
    <main id="indhold">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-3xl font-extrabold">{ADMIN_COPY.articles}</h1>
        <Link href="/admin/artikler/ny" className="bg-brand px-4 py-2.5 font-semibold text-white hover:bg-brand-dark">
          {ADMIN_COPY.newArticle}
        </Link>
      </div>
      <form
        method="get"
        className="mt-4 grid gap-3 border-b border-rule pb-4 sm:grid-cols-3 lg:grid-cols-[2fr_1fr_1fr_1fr_1fr_1fr_auto] lg:items-end"
      >
        <div className="grid gap-1">
          <label htmlFor="filter-q" className="text-sm font-semibold">
            Søg i titler
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={q}
            className="border border-neutral-500 bg-white px-3 py-2"
          />
        </div>
        <SelectField
          id="filter-status"
          name="status"
          label="Status"
          allLabel="Alle"
          value={status}
          options={ARTICLE_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }))}
        />
        <SelectField
          id="filter-sektion"
          name="sektion"
          label="Sektion"
          allLabel="Alle"
          value={section}
          options={choices.sections.map((s) => ({ value: s.slug, label: s.name }))}
        />
        <SelectField
          id="filter-skribent"
          name="skribent"
          label="Skribent"
          allLabel="Alle"
          value={author}
          options={choices.authors.map((a) => ({ value: a.slug, label: a.name }))}
        />
        <div className="grid gap-1">
          <label htmlFor="filter-sorter" className="text-sm font-semibold">
            Sortér efter
          </label>
          <select
            id="filter-sorter"
            name="sorter"
            defaultValue={sort}
            className="border border-neutral-500 bg-white px-2 py-2.5"
          >
            {Object.entries(SORTS).map(([value, { label }]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="grid gap-1">
          <label htmlFor="filter-retning" className="text-sm font-semibold">
            Rækkefølge
          </label>
          <select
            id="filter-retning"
            name="retning"
            defaultValue={direction === 'asc' ? 'stigende' : 'faldende'}
            className="border border-neutral-500 bg-white px-2 py-2.5"
          >
            <option value="faldende">Faldende</option>
            <option value="stigende">Stigende</option>
          </select>
        </div>
        <button type="submit" className="bg-brand px-4 py-2.5 font-semibold text-white hover:bg-brand-dark">
          Vis
        </button>
      </form>

      <p className="mt-4 text-sm text-muted" aria-live="polite">
        {list.total === 1 ? '1 artikel' : `${list.total} artikler`}
        {list.titleMatchesCapped
          ? ` – flere end ${TITLE_MATCH_LIMIT.toLocaleString('da-DK')} titler indeholder »${q}«, så kun de ${TITLE_MATCH_LIMIT.toLocaleString('da-DK')} nyeste er med. Skriv mere af titlen for at finde ældre.`
          : null}
      </p>
      {list.items.length === 0 ? (
        <p className="mt-4">Ingen artikler matcher filtrene.</p>
      ) : (
        <AdminTable
          caption="Artikler"
          className="mt-2"
          columns={['Titel', 'Status', 'Sektion', 'Skribenter', 'Senest ændret']}
        >
          {list.items.map((item) => (
            <tr key={item.id} className={ADMIN_ROW}>
              <td className="p-2 font-semibold">
                <Link href={`/admin/artikler/${item.id}`} className="hover:text-brand hover:underline">
                  {item.title}
                </Link>
                {item.kind === 'sponsored' ? (
                  <span className="ml-2 text-xs font-normal text-sponsor">Annonceindlæg</span>
                ) : null}
              </td>
              <td className="p-2">
                {STATUS_LABELS[item.status]}
                {item.status === 'scheduled' && item.publishAt ? (
                  <span className="block text-xs text-muted">{formatDateTime(item.publishAt)}</span>
                ) : null}
              </td>
              <td className="p-2">{item.section}</td>
              <td className="p-2">{item.authors.join(', ')}</td>
              <td className="p-2">
                {formatDateTime(item.updatedAt)}
                {item.updatedBy ? <span className="block text-xs text-muted">af {item.updatedBy}</span> : null}
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
      <Pagination basePath="/admin" page={list.page} pageCount={list.pageCount} query={query} />
    </main>
  );
}
