import fs from 'node:fs';
import path from 'node:path';

import type { APIRequestContext } from '@playwright/test';

import { openTestDb } from './fixtures';

// Upload helpers for e2e/media.spec.ts. The test images themselves come from server/media/test-images.ts.

export const uploadDirectory = () => path.resolve(process.env.UPLOAD_DIR ?? '.test-tmp/uploads');

/** Posts one file to the upload route as the browser does (multipart, field "fil"). */
export function postImage(request: APIRequestContext, name: string, buffer: Buffer, mimeType = 'image/jpeg') {
  return request.post('/api/medier', { multipart: { fil: { name, mimeType, buffer } }, timeout: 120_000 });
}

/** The upload directory's files and the media rows, to prove a refused upload left nothing behind. */
export function storedState() {
  const db = openTestDb();
  try {
    const rows = (db.prepare('SELECT count(*) AS n FROM media').get() as { n: number }).n;
    return { rows, files: fs.readdirSync(uploadDirectory()).sort() };
  } finally {
    db.close();
  }
}

export function mediaRow(id: number) {
  const db = openTestDb();
  try {
    return db
      .prepare(
        'SELECT file_name AS fileName, original_name AS originalName, mime, width, height FROM media WHERE id = ?',
      )
      .get(id) as {
      fileName: string;
      originalName: string | null;
      mime: string;
      width: number;
      height: number;
    };
  } finally {
    db.close();
  }
}
