import type { Metadata } from 'next';
import Link from 'next/link';

import { ADMIN_ROW, AdminTable } from '@/components/admin/admin-table';
import { input, primary } from '@/components/admin/form-classes';
import { NoAccess } from '@/components/admin/no-access';
import { Pagination } from '@/components/site/pagination';
import { listTagsForAdmin } from '@/db/queries/tag-admin';
import { parsePageParam } from '@/domain/params';
import { requirePermission } from '@/server/auth/session';

export const metadata: Metadata = { title: 'Emner' };

export default async function TagsAdminPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[]; side?: string | string[] }>;
}) {
  if (!(await requirePermission('tags:manage', '/admin/emner'))) return <NoAccess />;
  const params = await searchParams;
  const query = (typeof params.q === 'string' ? params.q : '').trim().slice(0, 60);
  const list = listTagsForAdmin({ query, page: parsePageParam(params.side) ?? 1 });
  return (
    <main id="indhold">
      <h1 className="text-3xl font-extrabold">Emner</h1>
      <p className="mt-2 max-w-prose text-sm">
        Emner opstår, når de skrives på artikler. Her kan de omdøbes, beskrives, fremhæves i Fokus-linjen under menuen
        og flettes, når det samme emne findes under to navne.
      </p>
      <form role="search" action="/admin/emner" className="mt-4 flex max-w-xl flex-wrap items-end gap-2">
        <div className="grid min-w-0 flex-1 gap-1">
          <label htmlFor="emne-soeg" className="text-sm font-semibold">
            Søg i emner
          </label>
          <input id="emne-soeg" name="q" type="search" defaultValue={query} maxLength={60} className={input} />
        </div>
        <button type="submit" className={primary}>
          Søg
        </button>
      </form>
      <p className="mt-3 text-sm" role="status">
        {list.total === 1 ? '1 emne' : `${list.total.toLocaleString('da-DK')} emner`}
        {query ? ` med »${query}« i navnet` : ''}
      </p>
      <AdminTable caption="Emner efter navn" columns={['Navn', 'Adresse', 'Artikler', 'Fokus']}>
        {list.items.map((tag) => (
          <tr key={tag.id} className={ADMIN_ROW}>
            <td className="p-2 font-semibold">
              <Link href={`/admin/emner/${tag.id}`} className="underline">
                {tag.name}
              </Link>
            </td>
            <td className="p-2">/tag/{tag.slug}</td>
            <td className="p-2 tabular-nums">{tag.articleCount.toLocaleString('da-DK')}</td>
            <td className="p-2">{tag.featured ? 'Fremhævet' : '–'}</td>
          </tr>
        ))}
      </AdminTable>
      <Pagination
        basePath="/admin/emner"
        page={list.page}
        pageCount={list.pageCount}
        query={query ? { q: query } : {}}
      />
    </main>
  );
}
