import exifr from 'exifr';
import sharp, { type Sharp } from 'sharp';

import {
  ACCEPTED_TYPES,
  MAX_INPUT_PIXELS,
  UPLOAD_COPY,
  UploadRefusal,
  type ImageExtension,
} from '@/domain/media/upload-rules';
import { ownKey } from '@/domain/params';

// The upload pipeline's pure part: decide the type by content, refuse bombs and polyglots, read the caption and
// credit the photographer embedded, and re-encode so nothing but pixels survives (sharp drops all metadata unless
// asked to keep it). Writing files and rows is store.ts and db/queries/media.ts.

export type ProcessedImage = {
  data: Buffer;
  extension: ImageExtension;
  mime: (typeof ACCEPTED_TYPES)[ImageExtension];
  width: number;
  height: number;
  caption: string;
  credit: string;
};

/** Markup or code that has no business inside an image; finding one means a polyglot file. */
const MARKUP = /<(script|html|svg|body|iframe|object|embed|!doctype|\?php)[\s>/]/i;

/** The image type by magic bytes (file-type), or a 415 refusal. The name and the declared type are never asked. */
export async function sniffImageType(data: Uint8Array): Promise<ImageExtension> {
  if (data.byteLength === 0) throw new UploadRefusal(400, UPLOAD_COPY.empty);
  const { fileTypeFromBuffer } = await import('file-type');
  const type = await fileTypeFromBuffer(data);
  if (!type || !ownKey(ACCEPTED_TYPES, type.ext)) throw new UploadRefusal(415, UPLOAD_COPY.wrongType);
  // latin1 maps every byte to one character, so the scan sees the raw bytes, including data after the image.
  if (MARKUP.test(Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1'))) {
    throw new UploadRefusal(415, UPLOAD_COPY.polyglot);
  }
  return type.ext as ImageExtension;
}

const ENCODE: Record<ImageExtension, (image: Sharp) => Sharp> = {
  jpg: (image) => image.jpeg({ quality: 85, mozjpeg: true }),
  png: (image) => image.png({ compressionLevel: 9 }),
  webp: (image) => image.webp({ quality: 85 }),
  avif: (image) => image.avif({ quality: 60, effort: 2 }),
};

/** sharp reading untrusted input: never more than MAX_INPUT_PIXELS, and a truncated file is an error. */
export const decode = (data: Buffer | string) => sharp(data, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });

/** Re-encodes in the image's own format; the result is what gets stored, also for crops. */
export const encodeAs = (image: Sharp, extension: ImageExtension) => ENCODE[extension](image);

export async function processImage(data: Buffer): Promise<ProcessedImage> {
  const extension = await sniffImageType(data);
  // Reading the header decodes no pixels, so it may look at a bomb to tell the user what is wrong with it.
  const meta = await sharp(data, { limitInputPixels: false })
    .metadata()
    .catch(() => {
      throw new UploadRefusal(400, UPLOAD_COPY.unreadable);
    });
  if (!meta.width || !meta.height) throw new UploadRefusal(400, UPLOAD_COPY.unreadable);
  if (meta.width * meta.height > MAX_INPUT_PIXELS) throw new UploadRefusal(413, UPLOAD_COPY.tooManyPixels);
  const embedded = await embeddedText(data);
  const output = await encodeAs(decode(data).rotate(), extension)
    .toBuffer({ resolveWithObject: true })
    .catch(() => {
      throw new UploadRefusal(400, UPLOAD_COPY.unreadable);
    });
  return {
    data: output.data,
    extension,
    mime: ACCEPTED_TYPES[extension],
    width: output.info.width,
    height: output.info.height,
    ...embedded,
  };
}

type Tags = Record<string, unknown>;

/** Caption and credit from IPTC, XMP or EXIF (in that order), to prefill the form; never fails the upload. */
export async function embeddedText(data: Buffer): Promise<{ caption: string; credit: string }> {
  const tags: Tags =
    (await exifr.parse(data, { iptc: true, xmp: true, ifd0: {}, exif: false, gps: false }).catch(() => null)) ?? {};
  return captionAndCredit(tags);
}

/** Picks caption and credit from exifr's merged tags: IPTC names first, then XMP, then EXIF. */
export function captionAndCredit(tags: Tags): { caption: string; credit: string } {
  return {
    caption: firstText(tags, ['Caption', 'description', 'ImageDescription']).slice(0, 500),
    credit: firstText(tags, ['Credit', 'Byline', 'creator', 'Artist', 'Copyright', 'CopyrightNotice']).slice(0, 200),
  };
}

function firstText(tags: Tags, names: string[]): string {
  for (const name of names) {
    const text = asText(tags[name]);
    if (text) return text;
  }
  return '';
}

/** exifr gives strings, arrays (several creators) or language maps (XMP `{ lang: 'x-default', value }`). */
function asText(value: unknown): string {
  if (typeof value === 'string') return value.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  if (Array.isArray(value)) return value.map(asText).filter(Boolean).join(', ');
  if (value && typeof value === 'object' && 'value' in value) return asText((value as { value: unknown }).value);
  return '';
}
