import { ADMIN_COPY } from '@/copy/admin';

/** Shown instead of a page the user's role does not allow. */
export function NoAccess() {
  return (
    <main id="indhold">
      <h1 className="text-3xl font-extrabold">{ADMIN_COPY.noAccessTitle}</h1>
      <p className="mt-2">{ADMIN_COPY.noAccess}</p>
    </main>
  );
}
