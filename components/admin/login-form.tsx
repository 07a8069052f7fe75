'use client';

import { useState, type FormEvent } from 'react';

import { ADMIN_COPY } from '@/copy/admin';

/** Posts to /api/login and follows the answer; shows the server's Danish message (wrong password, locked). */
export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const response = await fetch('/api/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: form.get('email'), password: form.get('password'), callbackUrl }),
      });
      const body = (await response.json().catch(() => ({}))) as { redirect?: string; error?: string };
      if (response.ok && body.redirect) {
        window.location.assign(body.redirect);
        return;
      }
      setError(body.error ?? ADMIN_COPY.loginFailed);
    } catch {
      setError(ADMIN_COPY.loginFailed);
    }
    setPending(false);
  }

  return (
    <form onSubmit={submit} className="grid gap-4" aria-describedby={error ? 'login-fejl' : undefined}>
      {error ? (
        <p
          id="login-fejl"
          role="alert"
          className="border-l-4 border-brand bg-red-50 p-3 text-sm font-semibold text-brand-dark"
        >
          {error}
        </p>
      ) : null}
      <div className="grid gap-1">
        <label htmlFor="login-email" className="text-sm font-semibold">
          {ADMIN_COPY.email}
        </label>
        <input
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          className="border border-neutral-500 px-3 py-2"
        />
      </div>
      <div className="grid gap-1">
        <label htmlFor="login-password" className="text-sm font-semibold">
          {ADMIN_COPY.password}
        </label>
        <input
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="border border-neutral-500 px-3 py-2"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="bg-brand px-4 py-2.5 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {pending ? ADMIN_COPY.loginPending : ADMIN_COPY.loginSubmit}
      </button>
    </form>
  );
}
