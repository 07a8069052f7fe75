'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { z } from 'zod';

import { uploadDir } from '@/db/connection';
import { audit } from '@/db/queries/audit';
import { invalidate } from '@/db/cache';
import { getMedia, listMedia, MediaError, updateMedia, type MediaSummary } from '@/db/queries/media';
import { clientAddress } from '@/server/auth/request';
import { can } from '@/domain/roles';
import { currentStaff } from '@/server/auth/session';
import { cropFiles, normaliseFocal } from '@/domain/media/crops';
import { removeFiles, writeCrops } from '@/server/media/store';

// Editing the media library: texts and focal point, and the editor's picker search. Every action checks the
// role itself. A new focal point gets new crop files (new names, so cached copies of the old ones stay valid)
// before the row changes; the old crops are removed once the new row is committed.

export type MediaFormState = {
  ok: boolean;
  message: string;
  errors?: Partial<Record<keyof MediaFields, string[]>>;
} | null;

const DENIED = { ok: false, message: 'Du har ikke adgang til mediebiblioteket.' } as const;

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
type MediaFields = z.infer<typeof MediaFields>;

async function mediaManager() {
  const user = await currentStaff();
  return can(user, 'media:manage') ? user : null;
}

export async function updateMediaAction(
  id: number,
  _previous: MediaFormState,
  form: FormData,
): Promise<MediaFormState> {
  const user = await mediaManager();
  if (!user) return DENIED;
  const parsed = MediaFields.safeParse(Object.fromEntries(form));
  if (!parsed.success)
    return { ok: false, message: 'Ret felterne markeret nedenfor.', errors: z.flattenError(parsed.error).fieldErrors };
  const current = Number.isInteger(id) ? getMedia({ id }) : null;
  if (!current) return { ok: false, message: 'Billedet findes ikke længere.' };
  const dir = uploadDir();
  const focal = { focalX: normaliseFocal(parsed.data.focalX), focalY: normaliseFocal(parsed.data.focalY) };
  const moved = focal.focalX !== current.focalX || focal.focalY !== current.focalY;
  const newCrops = moved ? await writeCrops(dir, { ...current, ...focal }) : [];
  let result;
  try {
    result = updateMedia({ id, changes: parsed.data });
  } catch (error) {
    await removeFiles(
      dir,
      newCrops.filter((name) => !cropNames(current).includes(name)),
    );
    if (error instanceof MediaError) return { ok: false, message: error.message };
    throw error;
  }
  const stale = cropNames(result.before).filter((name) => !cropNames(result.after).includes(name));
  await removeFiles(dir, stale);
  invalidate(...result.tags);
  audit({
    userId: user.id,
    action: 'media.update',
    entityType: 'media',
    entityId: id,
    ip: clientAddress(await headers()),
  });
  revalidatePath('/admin/medier');
  return { ok: true, message: 'Billedet er gemt.' };
}

const cropNames = (image: Parameters<typeof cropFiles>[0]) => cropFiles(image).map((crop) => crop.fileName);

/** The editor's picker: images matching the query, newest first. */
export async function searchMediaAction(query: string): Promise<MediaSummary[]> {
  if (!(await mediaManager())) return [];
  return listMedia({ query: String(query), limit: 24 });
}
