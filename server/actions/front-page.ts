'use server';

import { headers } from 'next/headers';
import { z } from 'zod';

import { audit } from '@/db/queries/audit';
import { invalidate } from '@/db/cache';
import { CurationConflict, CurationError, findPinCandidates, saveCuration } from '@/db/queries/front-page';
import { clientAddress } from '@/server/auth/request';
import { can } from '@/domain/roles';
import { currentStaff } from '@/server/auth/session';
import { formatTime } from '@/domain/dates';

// Front-page curation, for editors and admins (checked in each action). A save carries the pinned list it was
// based on; if another editor saved in between, it is refused and nothing is overwritten.

export type CurationResult = { ok: true; message: string } | { ok: false; error: string; conflict?: boolean };

const DENIED = { ok: false as const, error: 'Du har ikke rettighed til at ændre forsiden.' };
const Ids = z.array(z.number().int().positive()).max(20);

export async function saveFrontPageAction(ids: unknown, basedOn: unknown): Promise<CurationResult> {
  const user = await currentStaff();
  if (!can(user, 'front-page:curate')) return DENIED;
  const pins = Ids.safeParse(ids);
  const base = Ids.safeParse(basedOn);
  if (!pins.success || !base.success) return { ok: false, error: 'Ugyldig liste over artikler.' };
  try {
    const { tags } = saveCuration(pins.data, base.data, user!.id);
    invalidate(...tags);
    audit({
      userId: user!.id,
      action: 'front-page.update',
      entityType: 'front-page',
      details: { articleIds: pins.data },
      ip: clientAddress(await headers()),
    });
    return {
      ok: true,
      message: pins.data.length > 0 ? 'Forsiden er gemt.' : 'Forsiden er gemt: de nyeste artikler vises øverst.',
    };
  } catch (error) {
    if (error instanceof CurationConflict) {
      const who = error.savedBy ?? 'En anden';
      return {
        ok: false,
        conflict: true,
        error: error.savedAt
          ? `${who} ændrede forsiden kl. ${formatTime(error.savedAt)}. Hent den nyeste version, før du gemmer.`
          : 'En anden har ændret forsiden imens. Hent den nyeste version, før du gemmer.',
      };
    }
    if (error instanceof CurationError) return { ok: false, error: error.message };
    throw error;
  }
}

export async function findPinCandidatesAction(query: unknown, exclude: unknown) {
  const user = await currentStaff();
  const parsedExclude = Ids.safeParse(exclude);
  if (!can(user, 'front-page:curate') || typeof query !== 'string' || !parsedExclude.success) return [];
  return findPinCandidates(query, parsedExclude.data);
}
