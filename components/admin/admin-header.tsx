import Link from 'next/link';

import { can } from '@/domain/roles';
import type { StaffUser } from '@/server/auth/session';
import { ADMIN_COPY } from '@/copy/admin';
import { HANDOVER_COPY, ROLE_LABELS } from '@/copy/admin';

/** What waits for the user: unread notifications, and (for those who publish) the articles at the desk. */
export type DeskCounts = { unread: number; queue: number | null };

const withCount = (label: string, n: number) => (n > 0 ? `${label} (${n})` : label);

export function AdminHeader({ user, counts }: { user: StaffUser; counts: DeskCounts }) {
  const links = [
    { href: '/admin', label: ADMIN_COPY.articles },
    ...(counts.queue !== null
      ? [{ href: '/admin?status=review', label: withCount(HANDOVER_COPY.queue, counts.queue) }]
      : []),
    { href: '/admin/notifikationer', label: withCount(HANDOVER_COPY.notifications, counts.unread) },
    { href: '/admin/artikler/ny', label: ADMIN_COPY.newArticle },
    ...(can(user, 'media:manage') ? [{ href: '/admin/medier', label: ADMIN_COPY.media }] : []),
    ...(can(user, 'front-page:curate') ? [{ href: '/admin/forside', label: 'Forside' }] : []),
    ...(can(user, 'widgets:manage')
      ? [
          { href: '/admin/job', label: 'Job' },
          { href: '/admin/navnenyt', label: 'Navnenyt' },
          { href: '/admin/annoncer', label: 'Annoncer' },
        ]
      : []),
    ...(can(user, 'authors:manage') ? [{ href: '/admin/skribenter', label: 'Skribenter' }] : []),
    ...(can(user, 'sections:manage') ? [{ href: '/admin/sektioner', label: 'Sektioner' }] : []),
    ...(can(user, 'tags:manage') ? [{ href: '/admin/emner', label: 'Emner' }] : []),
    ...(can(user, 'users:manage') ? [{ href: '/admin/brugere', label: 'Brugere' }] : []),
    ...(can(user, 'audit:view') ? [{ href: '/admin/revisionslog', label: ADMIN_COPY.auditLog }] : []),
    { href: '/admin/profil', label: ADMIN_COPY.profile },
  ];
  return (
    <header className="border-b-4 border-brand bg-white">
      <a
        href="#indhold"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:px-3 focus:py-2"
      >
        Gå til indhold
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div className="flex flex-wrap items-center gap-6">
          <Link href="/admin" className="text-2xl font-black tracking-tight text-brand">
            {ADMIN_COPY.title}
          </Link>
          <nav aria-label={ADMIN_COPY.mainNav}>
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-semibold">
              {links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className="hover:text-brand">
                    {link.label}
                  </Link>
                </li>
              ))}
              <li>
                <Link href="/" className="hover:text-brand">
                  {ADMIN_COPY.viewSite}
                </Link>
              </li>
            </ul>
          </nav>
        </div>
        <div className="flex items-center gap-3 text-sm">
          <span>
            <span className="font-semibold">{user.name}</span> · {ROLE_LABELS[user.role]}
          </span>
          <form action="/api/logout" method="post">
            <button type="submit" className="border border-neutral-500 px-3 py-1.5 font-semibold hover:bg-neutral-100">
              {ADMIN_COPY.logout}
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
