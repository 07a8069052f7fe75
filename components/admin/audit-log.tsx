import Link from 'next/link';
import type { ReactNode } from 'react';

import {
  AUDIT_ACTION_LABELS,
  AUDIT_COPY,
  AUDIT_OBJECT_FALLBACK,
  AUDIT_OBJECT_LABELS,
  AUDIT_SENTENCES,
  AUDIT_SYSTEM_ACTOR,
  AUDIT_UNKNOWN_ADDRESS,
} from '@/copy/admin';
import type { AuditLogItem } from '@/db/queries/audit';
import { AUDIT_ACTIONS, AUDIT_OBJECT_TYPES, auditObjectHref, isAuditAction } from '@/domain/audit';
import { formatDateTime, isoWithOffset } from '@/domain/dates';
import { SelectField } from '@/components/ui/select-field';
import { ADMIN_ROW } from './admin-table';
import { DateInput } from './date-controls';
import { button, label, primary } from './form-classes';

// The audit log's rows and filter form (app/admin/(desk)/revisionslog). Server components: the filter is a GET form,
// so it works without JavaScript; the date fields take dates as Danes type them, and have a calendar once the page
// runs.

/** The entry as a Danish sentence; the object it concerns is a link while it still exists. */
export function AuditSentence({ item }: { item: AuditLogItem }): ReactNode {
  const actor = item.actorName ?? AUDIT_SYSTEM_ACTOR;
  // An action this version no longer writes (renamed, or from a newer version) is shown as stored, never hidden.
  if (!isAuditAction(item.action)) return `${actor}: ${item.action}`;
  const object = item.object;
  const name = object ? (object.name ?? AUDIT_OBJECT_FALLBACK[object.type](object.id)) : '';
  const href = object?.exists ? auditObjectHref(object.type, object.id) : null;
  const parts = AUDIT_SENTENCES[item.action]({
    actor,
    object: name,
    facts: item.facts,
    ip: item.ip ?? AUDIT_UNKNOWN_ADDRESS,
  });
  return parts.map((part, index) =>
    typeof part === 'string' ? (
      part
    ) : href ? (
      <Link key={index} href={href} className="font-semibold underline">
        {part.object}
      </Link>
    ) : (
      <span key={index} className="font-semibold">
        {part.object}
      </span>
    ),
  );
}

export function AuditRow({ item }: { item: AuditLogItem }) {
  return (
    <tr className={ADMIN_ROW}>
      <td className="p-2 whitespace-nowrap">
        <time dateTime={isoWithOffset(item.createdAt)}>{formatDateTime(item.createdAt)}</time>
      </td>
      <td className="p-2">
        <p>
          <AuditSentence item={item} />
        </p>
        <details className="mt-1 text-xs text-muted">
          <summary className="cursor-pointer">{AUDIT_COPY.technical}</summary>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
            <dt>Handling</dt>
            <dd>
              <code>{item.action}</code>
            </dd>
            {item.object ? (
              <>
                <dt>Objekt</dt>
                <dd>
                  <code>
                    {item.object.type}
                    {item.object.id === null ? '' : ` ${item.object.id}`}
                  </code>
                </dd>
              </>
            ) : null}
            {item.actorId !== null ? (
              <>
                <dt>Bruger-id</dt>
                <dd>
                  <code>{item.actorId}</code>
                </dd>
              </>
            ) : null}
            <dt>Tidspunkt (UTC)</dt>
            <dd>
              <code>{item.createdAt}</code>
            </dd>
            {item.details ? (
              <>
                <dt>Detaljer</dt>
                <dd className="break-all">
                  <code>{item.details}</code>
                </dd>
              </>
            ) : null}
          </dl>
        </details>
      </td>
      <td className="p-2 whitespace-nowrap">{item.ip ?? '–'}</td>
    </tr>
  );
}

export type AuditFilterValues = {
  userId?: number;
  objectType?: string;
  action?: string;
  /** The dates as typed (or ISO), shown again in the fields. */
  from: string;
  to: string;
};

function DateFilter({
  id,
  name,
  text,
  defaultValue,
}: {
  id: string;
  name: string;
  text: string;
  defaultValue: string;
}) {
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className={label}>
        {text}
      </label>
      <DateInput id={id} name={name} label={text} defaultValue={defaultValue} />
    </div>
  );
}

/** The log's filters: person, kind of object, action and a period of Copenhagen days. */
export function AuditFilters({
  values,
  people,
}: {
  values: AuditFilterValues;
  people: { id: number; name: string; active: boolean }[];
}) {
  return (
    <form method="get" action="/admin/revisionslog" className="mt-4 flex flex-wrap items-end gap-3">
      <SelectField
        id="log-person"
        name="bruger"
        label={AUDIT_COPY.person}
        allLabel={AUDIT_COPY.allPeople}
        value={values.userId === undefined ? undefined : String(values.userId)}
        options={people.map((person) => ({
          value: String(person.id),
          label: person.active ? person.name : `${person.name} (deaktiveret)`,
        }))}
      />
      <SelectField
        id="log-objekt"
        name="objekt"
        label={AUDIT_COPY.objectType}
        allLabel={AUDIT_COPY.allObjects}
        value={values.objectType}
        options={AUDIT_OBJECT_TYPES.map((type) => ({ value: type, label: AUDIT_OBJECT_LABELS[type] }))}
      />
      <SelectField
        id="log-handling"
        name="handling"
        label={AUDIT_COPY.action}
        allLabel={AUDIT_COPY.allActions}
        value={values.action}
        options={AUDIT_ACTIONS.map((action) => ({ value: action, label: AUDIT_ACTION_LABELS[action] }))}
      />
      <DateFilter id="log-fra" name="fra" text={AUDIT_COPY.from} defaultValue={values.from} />
      <DateFilter id="log-til" name="til" text={AUDIT_COPY.to} defaultValue={values.to} />
      <button type="submit" className={`${primary} py-2.5`}>
        {AUDIT_COPY.show}
      </button>
      <Link href="/admin/revisionslog" className={`${button} py-2.5`}>
        {AUDIT_COPY.reset}
      </Link>
    </form>
  );
}
