import 'server-only';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';

import { ADMIN_COPY } from '@/copy/admin';
import { invalidate } from '@/db/cache';
import { audit } from '@/db/queries/audit';
import { clientAddress } from '@/server/auth/request';
import { log } from '@/server/log';
import { countAction } from '@/server/metrics';
import { currentStaff, type StaffUser } from '@/server/auth/session';
import { createActionRunner, createReadRunner } from './action-core';

export { formFrom, idFrom, parseInput, slugUpdateAudit, type ActionResult, type Mutation } from './action-core';

// The one path every server action takes (server/actions/*.ts): `action(rule, write)` for changes,
// `guardedRead(rule, read, fallback)` for the pickers' searches. How it works: server/action-core.ts.

export const action = createActionRunner<StaffUser>({
  currentUser: currentStaff,
  clientAddress: async () => clientAddress(await headers()),
  audit,
  invalidate,
  revalidatePath: (path) => revalidatePath(path),
  redirect: (path) => redirect(path),
  report: ({ result, ...report }) => {
    countAction(result);
    (result === 'error' ? log.error : log.info)('newsroom.action', { result, ...report });
  },
  signedOut: ADMIN_COPY.signedOut,
});

export const guardedRead = createReadRunner<StaffUser>({ currentUser: currentStaff });
