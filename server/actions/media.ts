'use server';

import { z } from 'zod';

import { uploadDir } from '@/db/connection';
import { getMedia, listMedia, updateMedia, type MediaSummary } from '@/db/queries/media';
import { cropFiles, normaliseFocal } from '@/domain/media/crops';
import { UserError } from '@/domain/errors';
import { action, formFrom, guardedRead, parseInput, type ActionResult } from '@/server/action';
import { removeFiles, writeCrops } from '@/server/media/store';

// Editing the media library: texts and focal point, and the editor's picker search (role checked by
// server/action.ts). A new focal point gets new crop files (new names, so cached copies of the old ones stay
// valid) before the row changes; the old crops are removed once the new row is committed.

const percent = z.coerce
  .number({ message: 'Skriv et tal fra 0 til 100.' })
  .min(0, 'Skriv et tal fra 0 til 100.')
  .max(100, 'Skriv et tal fra 0 til 100.')
  .transform((value) => value / 100);

const MediaFields = z.object({
  alt: z.string().trim().max(300, 'Den alternative tekst må højst være 300 tegn.'),
  caption: z.string().trim().max(500, 'Billedteksten må højst være 500 tegn.'),
  credit: z.string().trim().max(200, 'Krediteringen må højst være 200 tegn.'),
  focalX: percent,
  focalY: percent,
});

/** The form's state between submissions (useActionState): null before the first. */
export type MediaFormState = ActionResult | null;

export async function updateMediaAction(id: number, _previous: MediaFormState, form: FormData): Promise<ActionResult> {
  return action('media:manage', async () => {
    const fields = parseInput(MediaFields, Object.fromEntries(formFrom(form)), 'Ret felterne markeret nedenfor.');
    const current = Number.isInteger(id) ? getMedia({ id }) : null;
    if (!current) throw new UserError('Billedet findes ikke længere.', { status: 404 });
    const dir = uploadDir();
    const focal = { focalX: normaliseFocal(fields.focalX), focalY: normaliseFocal(fields.focalY) };
    const moved = focal.focalX !== current.focalX || focal.focalY !== current.focalY;
    const newCrops = moved ? await writeCrops(dir, { ...current, ...focal }) : [];
    let result;
    try {
      result = updateMedia({ id, changes: fields });
    } catch (error) {
      await removeFiles(
        dir,
        newCrops.filter((name) => !cropNames(current).includes(name)),
      );
      throw error;
    }
    const stale = cropNames(result.before).filter((name) => !cropNames(result.after).includes(name));
    await removeFiles(dir, stale);
    return {
      tags: result.tags,
      paths: ['/admin/medier'],
      audit: { action: 'media.update', entityType: 'media', entityId: id },
      message: 'Billedet er gemt.',
    };
  });
}

const cropNames = (image: Parameters<typeof cropFiles>[0]) => cropFiles(image).map((crop) => crop.fileName);

/** The editor's picker: images matching the query, newest first. */
export async function searchMediaAction(query: string): Promise<MediaSummary[]> {
  return guardedRead('media:manage', () => listMedia({ query: String(query), limit: 24 }), []);
}
