'use client';

import { useActionState } from 'react';

import { changePasswordAction, type PasswordResult } from '@/server/actions/profile';

export function PasswordForm() {
  const [state, action, pending] = useActionState<PasswordResult | null, FormData>(changePasswordAction, null);
  const field = (id: string, name: string, text: string, autoComplete: string) => (
    <div className="grid gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {text}
      </label>
      <input
        id={id}
        name={name}
        type="password"
        autoComplete={autoComplete}
        required
        className="border border-neutral-500 bg-white px-3 py-2"
      />
    </div>
  );
  return (
    <form action={action} className="mt-4 grid gap-3">
      {state && !state.ok ? (
        <p className="border-l-4 border-brand bg-red-50 p-3 text-sm font-semibold text-brand-dark">{state.error}</p>
      ) : null}
      {field('nuvaerende', 'current', 'Nuværende adgangskode', 'current-password')}
      {field('ny', 'next', 'Ny adgangskode (mindst 12 tegn)', 'new-password')}
      {field('gentag', 'repeat', 'Gentag ny adgangskode', 'new-password')}
      <button
        type="submit"
        disabled={pending}
        className="justify-self-start bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {pending ? 'Skifter …' : 'Skift adgangskode'}
      </button>
    </form>
  );
}
