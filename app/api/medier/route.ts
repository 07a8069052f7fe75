import { uploadDir } from '@/db/connection';
import { audit } from '@/db/queries/audit';
import { createMedia, toSummary } from '@/db/queries/media';
import { clientAddress, isSameOrigin } from '@/server/auth/request';
import { can } from '@/domain/roles';
import { currentStaff } from '@/server/auth/session';
import { log } from '@/server/log';
import { processImage } from '@/server/media/process';
import { newFileName, removeFiles, writeCrops, writeFileAtomically } from '@/server/media/store';
import {
  FILE_FIELD,
  MAX_UPLOAD_BYTES,
  sanitiseOriginalName,
  UPLOAD_COPY,
  UploadRefusal,
} from '@/domain/media/upload-rules';
import { takeUploadSlot } from '@/server/media/upload-throttle';

// POST /api/medier — one image per request (multipart/form-data, field "fil"), so the browser can show each
// file's progress. 201 {image} when stored; 400/401/403/413/415/429 {error} in Danish otherwise, never 500.
//
// The size is checked from Content-Length before the body is read and again while reading, so a lying client
// cannot make the server buffer more than the limit. proxy.ts does not run for /api, so Next does not buffer or
// truncate the body (it would cut a proxied body at 10 MB).

/** Room for the multipart boundaries and headers around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD;

const json = (body: Record<string, unknown>, status: number) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store' } });

export async function POST(request: Request) {
  try {
    const user = await currentStaff();
    if (!user) throw new UploadRefusal(401, UPLOAD_COPY.loggedOut);
    if (!can(user, 'media:manage') || !isSameOrigin(request)) throw new UploadRefusal(403, UPLOAD_COPY.forbidden);
    if (!takeUploadSlot(user.id)) throw new UploadRefusal(429, UPLOAD_COPY.tooMany);
    const { name, data } = await readUpload(request);
    const image = await storeUpload(data, name, user.id);
    audit({
      userId: user.id,
      action: 'media.upload',
      entityType: 'media',
      entityId: image.id,
      ip: clientAddress(request.headers),
    });
    return json({ image: toSummary(image) }, 201);
  } catch (error) {
    if (error instanceof UploadRefusal) return json({ error: error.message }, error.status);
    log.error('media.upload-failed', { requestId: request.headers.get('x-request-id'), err: error });
    return json({ error: UPLOAD_COPY.unreadable }, 400);
  }
}

async function readUpload(request: Request): Promise<{ name: string; data: Buffer }> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.startsWith('multipart/form-data')) throw new UploadRefusal(415, UPLOAD_COPY.missingFile);
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) throw new UploadRefusal(413, UPLOAD_COPY.tooLarge);
  const body = await readCapped(request, MAX_BODY_BYTES);
  const form = await new Response(body, { headers: { 'content-type': type } }).formData().catch(() => {
    throw new UploadRefusal(400, UPLOAD_COPY.missingFile);
  });
  const file = form.get(FILE_FIELD);
  if (!(file instanceof File)) throw new UploadRefusal(400, UPLOAD_COPY.missingFile);
  if (file.size > MAX_UPLOAD_BYTES) throw new UploadRefusal(413, UPLOAD_COPY.tooLarge);
  return { name: file.name, data: Buffer.from(await file.arrayBuffer()) };
}

async function readCapped(request: Request, limit: number): Promise<Blob> {
  if (!request.body) return new Blob([]);
  const reader = request.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new UploadRefusal(413, UPLOAD_COPY.tooLarge);
    }
    chunks.push(value);
  }
  return new Blob(chunks);
}

/** Re-encoded image and crops into the upload directory, then the row; nothing stays behind if a step fails. */
async function storeUpload(data: Buffer, originalName: string, userId: number) {
  const processed = await processImage(data);
  const dir = uploadDir();
  const fileName = newFileName(processed.extension);
  const written: string[] = [];
  try {
    await writeFileAtomically(dir, fileName, processed.data);
    written.push(fileName);
    const stored = { fileName, width: processed.width, height: processed.height, focalX: 0.5, focalY: 0.5 };
    written.push(...(await writeCrops(dir, stored)));
    return createMedia({
      ...stored,
      originalName: sanitiseOriginalName(originalName) || null,
      mime: processed.mime,
      byteSize: processed.data.byteLength,
      caption: processed.caption,
      credit: processed.credit,
      uploadedBy: userId,
    });
  } catch (error) {
    await removeFiles(dir, written);
    throw error;
  }
}
