import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

import { cropFiles, cropRect, type CropName } from '@/domain/media/crops';
import { decode, encodeAs } from './process';
import type { ImageExtension } from '@/domain/media/upload-rules';

// Files in the upload directory. Every name is chosen here (random hex, never from the upload), every write goes
// to a temporary name first and is renamed into place, so a reader never sees half a file. What a crash leaves
// between the files and the media row is swept at the next start (./orphans.ts).

export type StoredImage = { fileName: string; width: number; height: number; focalX: number; focalY: number };

export const newFileName = (extension: ImageExtension) => `${randomBytes(16).toString('hex')}.${extension}`;

/**
 * Writes `data` under `fileName` all at once: to a temporary name, flushed to the disk, then renamed into place and
 * the directory flushed too. The caller commits the media row only after this returns, and the database's commit is
 * durable across a power cut (synchronous=FULL, db/connection.ts), so a row never names a file the cut lost.
 */
export async function writeFileAtomically(dir: string, fileName: string, data: Buffer): Promise<void> {
  const temporary = path.join(dir, `.${fileName}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true });
    const file = await fs.open(temporary, 'wx');
    try {
      await file.writeFile(data);
      await file.sync();
    } finally {
      await file.close();
    }
    await fs.rename(temporary, path.join(dir, fileName));
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

/** Flushes a directory's entries (a rename) to the disk. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Cuts the 1:1, 4:3 and 16:9 crops around the focal point from the stored image; returns their file names. */
export async function writeCrops(dir: string, image: StoredImage): Promise<string[]> {
  const extension = path.extname(image.fileName).slice(1) as ImageExtension;
  const source = await fs.readFile(path.join(dir, image.fileName));
  const written: string[] = [];
  try {
    for (const crop of cropFiles(image)) {
      const data = await cropImage(source, image, crop.crop, crop, extension);
      await writeFileAtomically(dir, crop.fileName, data);
      written.push(crop.fileName);
    }
  } catch (error) {
    await removeFiles(dir, written);
    throw error;
  }
  return written;
}

function cropImage(
  source: Buffer,
  image: StoredImage,
  crop: CropName,
  size: { width: number; height: number },
  extension: ImageExtension,
) {
  const rect = cropRect(image, crop, { x: image.focalX, y: image.focalY });
  return encodeAs(
    decode(source).rotate().extract(rect).resize(size.width, size.height, { fit: 'fill' }),
    extension,
  ).toBuffer();
}

export async function removeFiles(dir: string, fileNames: string[]): Promise<void> {
  await Promise.all(fileNames.map((fileName) => fs.rm(path.join(dir, path.basename(fileName)), { force: true })));
}
