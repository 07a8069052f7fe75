'use server';

import { z } from 'zod';

import { markNotificationsRead } from '@/db/queries/handover';
import { action, parseInput, type ActionResult } from '@/server/action';

// The newsroom's notifications (handovers): each person marks their own as read.

const ShownUntil = z.iso.datetime({ message: 'Genindlæs siden, og prøv igen.' });

/**
 * Marks read what the person has seen: their unread notifications up to the moment the list was shown, so one that
 * arrived meanwhile stays unread.
 */
export async function markNotificationsReadAction(shownUntil: unknown): Promise<ActionResult<{ marked: number }>> {
  return action('signed-in', (user) => {
    const marked = markNotificationsRead(user.id, parseInput(ShownUntil, shownUntil));
    return {
      // Only the person's own notifications change: nothing public, nothing for the audit log.
      audit: null,
      paths: ['/admin'],
      data: { marked },
    };
  });
}
