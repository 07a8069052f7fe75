// What an upload may be, and the Danish answers when it is not. Shared by the upload route, the processing step
// and the client (which checks the size before sending, to spare the user a long wait for a refusal).

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** Decoded pixels allowed (width × height): a 50-megapixel photo passes, a decompression bomb does not. */
export const MAX_INPUT_PIXELS = 50_000_000;
export const MAX_ORIGINAL_NAME = 200;
/** The multipart field the upload route reads. */
export const FILE_FIELD = 'fil';

export const ACCEPTED_TYPES = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
} as const;
export type ImageExtension = keyof typeof ACCEPTED_TYPES;

export const UPLOAD_COPY = {
  empty: 'Filen er tom.',
  missingFile: 'Vælg en billedfil.',
  tooLarge: `Filen er for stor. Den må højst fylde ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`,
  tooManyPixels: `Billedet har for mange pixels. Det må højst have ${MAX_INPUT_PIXELS / 1_000_000} megapixel.`,
  wrongType: 'Filtypen kan ikke bruges. Upload et billede i JPEG, PNG, WebP eller AVIF.',
  polyglot: 'Filen indeholder både et billede og tekst eller kode og afvises af sikkerhedshensyn.',
  unreadable: 'Billedet kunne ikke læses. Filen kan være beskadiget.',
  loggedOut: 'Du er ikke logget ind.',
  forbidden: 'Du har ikke adgang til at uploade billeder.',
  tooMany: 'Du har uploadet mange billeder på kort tid. Vent et øjeblik, og prøv igen.',
  network: 'Forbindelsen til serveren blev afbrudt.',
} as const;

export type UploadStatus = 400 | 401 | 403 | 413 | 415 | 429;

/** A refusal the user can understand: the status and the Danish message the route answers with. */
export class UploadRefusal extends Error {
  constructor(
    readonly status: UploadStatus,
    message: string,
  ) {
    super(message);
  }
}

/** The uploaded name as a harmless label: base name only, no control characters, at most 200 characters. */
export function sanitiseOriginalName(name: string): string {
  const base =
    name
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .split(/[\\/]/)
      .pop() ?? '';
  return base.normalize('NFC').trim().slice(0, MAX_ORIGINAL_NAME);
}
