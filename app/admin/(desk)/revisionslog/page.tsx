import type { Metadata } from 'next';

import { ADMIN_COPY, AUDIT_COPY } from '@/copy/admin';
import { NoAccess } from '@/components/admin/no-access';
import { AuditFilters, AuditRow } from '@/components/admin/audit-log';
import { ADMIN_ROW, AdminTable } from '@/components/admin/admin-table';
import { Pagination } from '@/components/site/pagination';
import { getAuditPage, listAuditPeople } from '@/db/queries/audit';
import { requirePermission } from '@/server/auth/session';
import { isAuditAction, isAuditObjectType } from '@/domain/audit';
import { copenhagenDayRange, parseDanishDate } from '@/domain/date-inputs';
import { parsePageParam } from '@/domain/params';

export const metadata: Metadata = { title: ADMIN_COPY.auditLog };

type Param = string | string[] | undefined;
type Props = {
  searchParams: Promise<{ bruger?: Param; objekt?: Param; handling?: Param; fra?: Param; til?: Param; side?: Param }>;
};

const single = (value: Param) => (Array.isArray(value) ? value[0] : value)?.trim() ?? '';

/** A typed date filter: ISO when it is a date, with a Danish message when something was typed that is not. */
function dateParam(typed: string, field: string): { day?: string; problem?: string } {
  if (!typed) return {};
  const day = parseDanishDate(typed);
  return day ? { day } : { problem: AUDIT_COPY.badDate(field, typed) };
}

export default async function AuditLogPage({ searchParams }: Props) {
  if (!(await requirePermission('audit:view', '/admin/revisionslog'))) return <NoAccess />;
  const params = await searchParams;
  const person = single(params.bruger);
  const userId = /^[1-9]\d{0,8}$/.test(person) ? Number(person) : undefined;
  const objectType = single(params.objekt);
  const action = single(params.handling);
  const typedFrom = single(params.fra);
  const typedTo = single(params.til);
  const from = dateParam(typedFrom, AUDIT_COPY.from);
  const to = dateParam(typedTo, AUDIT_COPY.to);
  const backwards = from.day && to.day && from.day > to.day;
  const problems = [from.problem, to.problem, backwards ? AUDIT_COPY.backwards : undefined].filter(Boolean);
  const { since, until } = backwards ? {} : copenhagenDayRange(from.day, to.day);
  const filter = {
    userId,
    objectType: isAuditObjectType(objectType) ? objectType : undefined,
    action: isAuditAction(action) ? action : undefined,
  };
  const log = getAuditPage({ ...filter, since, until, page: parsePageParam(params.side) ?? 1 });
  // The pager keeps the filters as the form sent them.
  const query = Object.fromEntries(
    Object.entries({
      bruger: filter.userId === undefined ? '' : String(filter.userId),
      objekt: filter.objectType ?? '',
      handling: filter.action ?? '',
      fra: from.day ?? '',
      til: to.day ?? '',
    }).filter(([, value]) => value),
  );
  return (
    <main id="indhold">
      <h1 className="text-3xl font-extrabold">{ADMIN_COPY.auditLog}</h1>
      <p className="mt-1 text-sm text-muted">{AUDIT_COPY.intro}</p>
      <AuditFilters
        values={{ ...filter, from: from.day ?? typedFrom, to: to.day ?? typedTo }}
        people={listAuditPeople()}
      />
      {problems.length ? (
        <ul className="mt-3 text-sm font-semibold text-brand-dark">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
      <p className="mt-4 text-sm">{AUDIT_COPY.count(log.total, log.capped)}</p>
      <AdminTable caption={ADMIN_COPY.auditLog} columns={[...AUDIT_COPY.columns]} className="mt-2">
        {log.items.length ? (
          log.items.map((item) => <AuditRow key={item.id} item={item} />)
        ) : (
          <tr className={ADMIN_ROW}>
            <td colSpan={AUDIT_COPY.columns.length} className="p-2">
              {AUDIT_COPY.none}
            </td>
          </tr>
        )}
      </AdminTable>
      <Pagination basePath="/admin/revisionslog" page={log.page} pageCount={log.pageCount} query={query} />
    </main>
  );
}
