'use client';

import Link from 'next/link';
import { useActionState, useEffect, useRef, useState, useTransition } from 'react';

import {
  changeRoleAction,
  createUserAction,
  resetPasswordAction,
  setActiveAction,
  type UserActionResult,
} from '@/server/actions/users';
import type { StaffRow } from '@/db/queries/staff';
import { type Role } from '@/domain/roles';
import { ADMIN_ROW } from './admin-table';
import { keepFieldsOnSubmit } from './keep-fields';
import { ROLE_LABELS } from '@/copy/admin';

const button =
  'border border-neutral-500 bg-white px-2 py-1 text-xs font-semibold hover:bg-neutral-100 disabled:opacity-50';

function Result({ result }: { result: UserActionResult | null }) {
  if (!result) return null;
  if (!result.ok) return <p className="mt-1 text-xs font-semibold text-brand-dark">{result.error}</p>;
  return (
    <div className="mt-1 text-xs" role="status">
      <p>{result.message}</p>
      {result.password ? (
        <p className="mt-1">
          Adgangskode:{' '}
          <code className="bg-neutral-100 px-1 py-0.5 font-mono text-sm select-all">{result.password}</code>
        </p>
      ) : null}
    </div>
  );
}

export function UserRow({ member, isSelf }: { member: StaffRow; isSelf: boolean }) {
  const [pending, start] = useTransition();
  const [result, setResult] = useState<UserActionResult | null>(null);
  // The select shows the stored role: a declined or refused change goes back to it.
  const [role, setRole] = useState<Role>(member.role);
  const run = (action: () => Promise<UserActionResult>, onRefused?: () => void) =>
    start(async () => {
      const outcome = await action();
      setResult(outcome);
      if (!outcome.ok) onRefused?.();
    });
  // Each of these ends the member's sessions at once, so it is confirmed first.
  const changeRole = (next: Role) => {
    if (
      !window.confirm(
        `Skift rollen for ${member.name} til ${ROLE_LABELS[next]}? ${member.name} bliver logget ud med det samme.`,
      )
    )
      return;
    const previous = role;
    setRole(next);
    run(
      () => changeRoleAction(member.id, next),
      () => setRole(previous),
    );
  };
  const toggleActive = () => {
    const question = member.active
      ? `Deaktivér ${member.name}? ${member.name} bliver logget ud med det samme og kan ikke logge ind, før kontoen genaktiveres.`
      : `Genaktivér ${member.name}?`;
    if (window.confirm(question)) run(() => setActiveAction(member.id, !member.active));
  };
  const resetPassword = () => {
    if (
      window.confirm(
        `Lav en ny adgangskode til ${member.name}? Den gamle holder op med at virke, og ${member.name} bliver logget ud.`,
      )
    ) {
      run(() => resetPasswordAction(member.id));
    }
  };
  return (
    // The audit log links a user here by this id.
    <tr id={`bruger-${member.id}`} className={`${ADMIN_ROW} target:bg-yellow-50`}>
      <td className="p-2 font-semibold">
        {member.name}
        {isSelf ? <span className="ml-1 font-normal text-muted">(dig)</span> : null}
      </td>
      <td className="p-2">{member.email}</td>
      <td className="p-2">
        {member.authorId ? (
          <Link href={`/admin/skribenter/${member.authorId}`} className="underline">
            {member.authorName}
          </Link>
        ) : (
          '–'
        )}
      </td>
      <td className="p-2">
        <label htmlFor={`rolle-${member.id}`} className="sr-only">
          Rolle for {member.name}
        </label>
        <select
          id={`rolle-${member.id}`}
          value={role}
          disabled={pending}
          className="border border-neutral-500 bg-white px-2 py-1"
          onChange={(event) => changeRole(event.target.value as Role)}
        >
          {Object.entries(ROLE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </td>
      <td className="p-2">{member.active ? 'Aktiv' : 'Deaktiveret'}</td>
      <td className="p-2">
        <div className="flex flex-wrap gap-1">
          <button type="button" className={button} disabled={pending} onClick={toggleActive}>
            {member.active ? `Deaktivér ${member.name}` : `Genaktivér ${member.name}`}
          </button>
          <button type="button" className={button} disabled={pending} onClick={resetPassword}>
            Ny adgangskode til {member.name}
          </button>
        </div>
        <Result result={result} />
      </td>
    </tr>
  );
}

/** A new account, with the author it writes as (new by default, an existing guest's, or none). */
export function CreateUserForm({ unlinkedAuthors }: { unlinkedAuthors: { id: number; name: string }[] }) {
  const [result, action, pending] = useActionState<UserActionResult | null, FormData>(createUserAction, null);
  const form = useRef<HTMLFormElement>(null);
  // A refused form keeps what was typed; a created user clears it for the next one.
  useEffect(() => {
    if (result?.ok) form.current?.reset();
  }, [result]);
  return (
    <form ref={form} action={action} onSubmit={keepFieldsOnSubmit(action)} className="mt-3 grid max-w-xl gap-3">
      <div className="grid gap-1">
        <label htmlFor="ny-navn" className="text-sm font-semibold">
          Navn
        </label>
        <input id="ny-navn" name="name" required className="border border-neutral-500 bg-white px-3 py-2" />
      </div>
      <div className="grid gap-1">
        <label htmlFor="ny-email" className="text-sm font-semibold">
          E-mailadresse
        </label>
        <input
          id="ny-email"
          name="email"
          type="email"
          required
          className="border border-neutral-500 bg-white px-3 py-2"
        />
      </div>
      <div className="grid gap-1">
        <label htmlFor="ny-rolle" className="text-sm font-semibold">
          Rolle
        </label>
        <select
          id="ny-rolle"
          name="role"
          defaultValue="writer"
          className="border border-neutral-500 bg-white px-2 py-2"
        >
          {Object.entries(ROLE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="grid gap-1">
        <label htmlFor="ny-skribent" className="text-sm font-semibold">
          Skribentprofil
        </label>
        <p id="ny-skribent-hint" className="text-xs text-muted">
          Brugerens byline: nye artikler får den automatisk. Profilen kan redigeres under Skribenter bagefter.
        </p>
        <select
          id="ny-skribent"
          name="author"
          defaultValue="new"
          aria-describedby="ny-skribent-hint"
          className="border border-neutral-500 bg-white px-2 py-2"
        >
          <option value="new">Opret en ny skribent med brugerens navn</option>
          {unlinkedAuthors.map((author) => (
            <option key={author.id} value={author.id}>
              Brug eksisterende skribent: {author.name}
            </option>
          ))}
          <option value="none">Ingen skribentprofil (skriver ikke artikler)</option>
        </select>
      </div>
      <button
        type="submit"
        disabled={pending}
        className="justify-self-start bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {pending ? 'Opretter …' : 'Opret bruger'}
      </button>
      <Result result={result} />
    </form>
  );
}
