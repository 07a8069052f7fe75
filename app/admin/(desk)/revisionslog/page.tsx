import type { Metadata } from 'next';

import { ADMIN_COPY } from '@/copy/admin';
import { NoAccess } from '@/components/admin/no-access';
import { Pagination } from '@/components/site/pagination';
import { SelectField } from '@/components/ui/select-field';
import { AUDIT_ACTIONS, getAuditPage, type AuditAction } from '@/db/queries/audit';
import { requirePermission } from '@/server/auth/session';
import { formatDateTime } from '@/domain/dates';
import { ownKey, parsePageParam } from '@/domain/params';
import { ADMIN_ROW, AdminTable } from '@/components/admin/admin-table';

export const metadata: Metadata = { title: ADMIN_COPY.auditLog };

type Props = { searchParams: Promise<{ handling?: string | string[]; side?: string | string[] }> };

export default async function AuditLogPage({ searchParams }: Props) {
  if (!(await requirePermission('audit:view', '/admin/revisionslog'))) return <NoAccess />;
  const params = await searchParams;
  const raw = Array.isArray(params.handling) ? params.handling[0] : params.handling;
  const action = ownKey(AUDIT_ACTIONS, raw);
  const log = getAuditPage({ page: parsePageParam(params.side) ?? 1, action });
  return (
    <main id="indhold">
      <h1 className="text-3xl font-extrabold">{ADMIN_COPY.auditLog}</h1>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3">
        <SelectField
          id="audit-handling"
          name="handling"
          label="Handling"
          allLabel="Alle handlinger"
          value={action}
          options={Object.entries(AUDIT_ACTIONS).map(([value, label]) => ({ value, label }))}
        />
        <button type="submit" className="bg-brand px-4 py-2.5 font-semibold text-white hover:bg-brand-dark">
          Vis
        </button>
      </form>
      <AdminTable caption={ADMIN_COPY.auditLog} columns={['Tidspunkt', 'Handling', 'Bruger', 'Detaljer', 'Adresse']}>
        {log.items.map((entry) => (
          <tr key={entry.id} className={ADMIN_ROW}>
            <td className="p-2 whitespace-nowrap">{formatDateTime(entry.createdAt)}</td>
            <td className="p-2">{AUDIT_ACTIONS[entry.action as AuditAction] ?? entry.action}</td>
            <td className="p-2">{entry.userName ?? '–'}</td>
            <td className="p-2 break-all">
              {entry.entityType ? `${entry.entityType} ${entry.entityId ?? ''} ` : ''}
              {entry.details ?? ''}
            </td>
            <td className="p-2">{entry.ip ?? ''}</td>
          </tr>
        ))}
      </AdminTable>
      <Pagination
        basePath="/admin/revisionslog"
        page={log.page}
        pageCount={log.pageCount}
        query={action ? { handling: action } : {}}
      />
    </main>
  );
}
