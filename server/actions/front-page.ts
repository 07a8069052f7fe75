'use server';

import { z } from 'zod';

import { findPinCandidates, saveCuration } from '@/db/queries/front-page';
import { UserError } from '@/domain/errors';
import { action, guardedRead, type ActionResult } from '@/server/action';

// Front-page curation, for editors and admins (checked by server/action.ts). A save carries the pinned list it
// was based on; if another editor saved in between, it is refused as a conflict and nothing is overwritten.

const Ids = z.array(z.number().int().positive()).max(20);

export async function saveFrontPageAction(ids: unknown, basedOn: unknown): Promise<ActionResult> {
  return action('front-page:curate', (user) => {
    const pins = Ids.safeParse(ids);
    const base = Ids.safeParse(basedOn);
    if (!pins.success || !base.success) throw new UserError('Ugyldig liste over artikler.');
    const { tags } = saveCuration(pins.data, base.data, user.id);
    return {
      tags,
      audit: { action: 'front-page.update', entityType: 'front-page', details: { articleIds: pins.data } },
      message: pins.data.length > 0 ? 'Forsiden er gemt.' : 'Forsiden er gemt: de nyeste artikler vises øverst.',
    };
  });
}

export async function findPinCandidatesAction(query: unknown, exclude: unknown) {
  return guardedRead(
    'front-page:curate',
    () => {
      const parsedExclude = Ids.safeParse(exclude);
      if (typeof query !== 'string' || !parsedExclude.success) return [];
      return findPinCandidates(query, parsedExclude.data);
    },
    [],
  );
}
