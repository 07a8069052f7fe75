'use server';

import { markNotificationsRead } from '@/db/queries/handover';
import { action, type ActionResult } from '@/server/action';

// The newsroom's notifications (handovers): each person marks their own as read.

export async function markNotificationsReadAction(): Promise<ActionResult<{ marked: number }>> {
  return action('signed-in', (user) => {
    const marked = markNotificationsRead(user.id);
    return {
      // Only the person's own notifications change: nothing public, nothing for the audit log.
      audit: null,
      paths: ['/admin'],
      data: { marked },
    };
  });
}
