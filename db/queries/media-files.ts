import type { Db } from '@/db/connection';
import { media } from '@/db/schema';
import { cropFiles } from '@/domain/media/crops';

// No `server-only` guard: start-up (server/media/orphans.ts, from instrumentation.ts) uses it before the
// request-time connection exists.

/** Every file the media rows need in the upload directory: each image and its crops around its focal point. */
export function storedMediaFiles(db: Db): Set<string> {
  const rows = db
    .select({
      fileName: media.fileName,
      width: media.width,
      height: media.height,
      focalX: media.focalX,
      focalY: media.focalY,
    })
    .from(media)
    .all();
  return new Set(rows.flatMap((row) => [row.fileName, ...cropFiles(row).map((crop) => crop.fileName)]));
}
