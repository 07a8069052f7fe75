import type { Metadata } from 'next';
import Link from 'next/link';

import { HANDOVER_COPY } from '@/copy/admin';
import { MarkReadButton } from '@/components/admin/mark-read-button';
import { Pagination } from '@/components/site/pagination';
import { listNotifications, NOTIFICATIONS_PAGE_SIZE } from '@/db/queries/handover';
import { formatDateTime } from '@/domain/dates';
import { parsePageParam } from '@/domain/params';
import { requireStaff } from '@/server/auth/session';

export const metadata: Metadata = { title: HANDOVER_COPY.notifications };

// The user's own notifications: articles sent to the desk (editors and admins) and articles sent back to their
// writers, each with the note that came with it. Unread ones first.
export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ side?: string }> }) {
  const user = await requireStaff('/admin/notifikationer');
  const page = parsePageParam((await searchParams).side) ?? 1;
  const shownUntil = new Date().toISOString();
  const { items, total } = listNotifications(user.id, page);
  const unread = items.filter((item) => item.readAt === null).length;
  return (
    <main id="indhold" className="max-w-3xl">
      <h1 className="text-3xl font-extrabold">{HANDOVER_COPY.notifications}</h1>
      {items.length === 0 ? (
        <p className="mt-4">{HANDOVER_COPY.none}</p>
      ) : (
        <>
          {unread > 0 ? (
            <div className="mt-4">
              <MarkReadButton shownUntil={shownUntil} />
            </div>
          ) : null}
          <ul className="mt-4 divide-y divide-rule border-y border-rule">
            {items.map((item) => (
              <li key={item.id} className={`grid gap-1 py-3 ${item.readAt ? 'text-muted' : ''}`}>
                <p>
                  {item.readAt ? null : (
                    <span className="mr-2 bg-brand px-1.5 py-0.5 text-xs font-bold text-white">Ny</span>
                  )}
                  <span className="font-semibold">{item.actorName ?? HANDOVER_COPY.someone}</span>{' '}
                  {HANDOVER_COPY.notification[item.kind]}{' '}
                  <Link href={`/admin/artikler/${item.articleId}`} className="font-semibold underline">
                    {item.articleTitle}
                  </Link>
                </p>
                {item.note ? <blockquote className="whitespace-pre-line italic">{item.note}</blockquote> : null}
                <p className="text-xs">{formatDateTime(item.createdAt)}</p>
              </li>
            ))}
          </ul>
          <Pagination
            basePath="/admin/notifikationer"
            page={page}
            pageCount={Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE))}
          />
        </>
      )}
    </main>
  );
}
