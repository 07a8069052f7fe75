import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { RestoreButton } from '@/components/admin/restore-button';
import { getEditableArticle } from '@/db/queries/editor';
import { getRevision, listRevisions } from '@/db/queries/revisions';
import { canEditArticle } from '@/domain/roles';
import { requireStaff } from '@/server/auth/session';
import { formatDateTime } from '@/domain/dates';
import { diffRevisions } from '@/domain/article/revision-diff';
import { AdminTable } from '@/components/admin/admin-table';
import { REVISION_EVENT_LABELS } from '@/copy/admin';

export const metadata: Metadata = { title: 'Historik' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ fra?: string; til?: string }> };

const toId = (raw: string | undefined) => (raw && /^[1-9]\d{0,11}$/.test(raw) ? Number(raw) : null);

/** The newest revision before `to` whose content differs from it, looking back at most 50 versions. */
function lastDifferent(
  articleId: number,
  revisions: ReturnType<typeof listRevisions>,
  to: ReturnType<typeof getRevision>,
): number | null {
  if (!to) return null;
  for (const revision of revisions.filter((other) => other.version < to.version).slice(0, 50)) {
    const older = getRevision(articleId, revision.id);
    if (older && diffRevisions(older.content, to.content).length > 0) return revision.id;
  }
  return null;
}

export default async function HistoryPage({ params, searchParams }: Props) {
  const raw = (await params).id;
  const user = await requireStaff(`/admin/artikler/${raw}/historik`);
  const id = toId(raw);
  const article = id ? getEditableArticle(id) : null;
  if (!article) notFound();
  const revisions = listRevisions(article.id);
  const query = await searchParams;
  // Default comparison: the newest revision against the last one with other content (status changes and
  // corrections repeat the content, and comparing with them would show nothing).
  const toRevision = getRevision(article.id, toId(query.til) ?? revisions[0]?.id ?? 0);
  const fromRevision = getRevision(
    article.id,
    toId(query.fra) ?? lastDifferent(article.id, revisions, toRevision) ?? revisions[1]?.id ?? 0,
  );
  const changes = toRevision && fromRevision ? diffRevisions(fromRevision.content, toRevision.content) : [];
  const mayRestore = canEditArticle(user, {
    createdBy: article.createdBy,
    authorUserIds: article.authorUserIds,
    status: article.status,
  });
  const option = (revision: (typeof revisions)[number]) =>
    [
      `Version ${revision.version}`,
      revision.event ? REVISION_EVENT_LABELS[revision.event].toLowerCase() : null,
      formatDateTime(revision.createdAt),
      revision.userName,
    ]
      .filter(Boolean)
      .join(' · ');

  return (
    <main id="indhold">
      <p className="text-sm">
        <Link href={`/admin/artikler/${article.id}`} className="underline">
          ← Tilbage til artiklen
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-extrabold">Historik: {article.title}</h1>

      <form method="get" className="mt-4 flex flex-wrap items-end gap-3">
        {(['fra', 'til'] as const).map((name) => (
          <div key={name} className="grid gap-1">
            <label htmlFor={`historik-${name}`} className="text-sm font-semibold">
              {name === 'fra' ? 'Sammenlign version' : 'med version'}
            </label>
            <select
              id={`historik-${name}`}
              name={name}
              defaultValue={String((name === 'fra' ? fromRevision : toRevision)?.id ?? '')}
              className="border border-neutral-500 bg-white px-2 py-2.5"
            >
              {revisions.map((revision) => (
                <option key={revision.id} value={revision.id}>
                  {option(revision)}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button type="submit" className="bg-brand px-4 py-2.5 font-semibold text-white hover:bg-brand-dark">
          Vis forskelle
        </button>
      </form>

      <section aria-labelledby="forskelle" className="mt-6 border border-rule bg-white p-4">
        <h2 id="forskelle" className="text-lg font-extrabold">
          {fromRevision && toRevision
            ? `Forskelle fra version ${fromRevision.version} til version ${toRevision.version}`
            : 'Forskelle'}
        </h2>
        {changes.length === 0 ? (
          <p className="mt-2 text-muted">Ingen forskelle i indholdet.</p>
        ) : (
          <dl className="mt-2 grid gap-4">
            {changes.map((change) => (
              <div key={change.field}>
                <dt className="font-semibold">{change.label}</dt>
                <dd className="mt-1 whitespace-pre-wrap font-serif">
                  {change.parts.map((part, index) =>
                    part.added ? (
                      <ins key={index} className="bg-green-100 text-green-900">
                        {part.value}
                      </ins>
                    ) : part.removed ? (
                      <del key={index} className="bg-red-100 text-red-900">
                        {part.value}
                      </del>
                    ) : (
                      <span key={index}>{part.value}</span>
                    ),
                  )}
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>

      <h2 className="mt-8 text-lg font-extrabold">Alle versioner</h2>
      <AdminTable
        caption="Alle versioner"
        className="mt-2"
        columns={['Version', 'Hvad', 'Gemt', 'Af', { hidden: 'Handlinger' }]}
      >
        {revisions.map((revision) => (
          <tr key={revision.id} className="border-b border-rule">
            <td className="p-2">{revision.version}</td>
            <td className="p-2">
              {revision.event ? REVISION_EVENT_LABELS[revision.event] : '–'}
              {revision.note ? <q className="mt-1 block text-sm italic">{revision.note}</q> : null}
            </td>
            <td className="p-2">{formatDateTime(revision.createdAt)}</td>
            <td className="p-2">{revision.userName ?? (revision.event === 'auto-publish' ? 'Planlægningen' : '–')}</td>
            <td className="p-2 text-right">
              {mayRestore && revision.version !== article.version ? (
                <RestoreButton
                  articleId={article.id}
                  revisionId={revision.id}
                  version={revision.version}
                  baseVersion={article.version}
                  live={article.status === 'published'}
                />
              ) : null}
            </td>
          </tr>
        ))}
      </AdminTable>
    </main>
  );
}
