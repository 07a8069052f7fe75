import fs from 'node:fs/promises';
import path from 'node:path';

import { uploadDir } from '@/db/connection';

// Uploaded images, stored under names the server chose. Anything that is not such a name is a 404 before the
// file system is touched, so "../" and friends never get near a path.
const FILE_NAME = /^[a-z0-9-]{1,64}\.(jpg|png|webp|avif)$/;
const MIME: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', avif: 'image/avif' };

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const match = FILE_NAME.exec(file);
  if (!match) return notFound();
  try {
    const data = await fs.readFile(path.join(uploadDir(), file));
    return new Response(new Uint8Array(data), {
      headers: {
        'Content-Type': MIME[match[1]!]!,
        'Content-Length': String(data.byteLength),
        // File names are never reused, so the content behind a URL never changes.
        'Cache-Control': 'public, max-age=31536000, immutable',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch {
    return notFound();
  }
}

function notFound() {
  return new Response('Billedet findes ikke.', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=60' },
  });
}
