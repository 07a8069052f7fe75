// The crops Spalte derives from every image's focal point. Pure maths, shared by the upload pipeline (which writes
// the crop files), the seed and the read side (which only needs names and sizes, so no column stores them).
//
// A crop file's name carries the focal point it was cut around: moving the focal point gives new names, so the
// immutable caching of /medier/<file> stays correct.

export const CROP_RATIOS = {
  square: { width: 1, height: 1, key: '1x1' },
  standard: { width: 4, height: 3, key: '4x3' },
  wide: { width: 16, height: 9, key: '16x9' },
} as const;

export type CropName = keyof typeof CROP_RATIOS;
export const CROP_NAMES = Object.keys(CROP_RATIOS) as CropName[];

/** Crops are never wider than this; next/image derives the smaller responsive widths from them. */
export const MAX_CROP_WIDTH = 1600;

export type Focal = { x: number; y: number };
export type Rect = { left: number; top: number; width: number; height: number };

/** Focal points are kept to three decimals, so the stored value and the one in a crop's name agree. */
export function normaliseFocal(value: number): number {
  if (!Number.isFinite(value)) return 0.5;
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}

/** The largest rectangle of the crop's ratio inside the image, centred on the focal point as far as it fits. */
export function cropRect(image: { width: number; height: number }, crop: CropName, focal: Focal): Rect {
  const ratio = CROP_RATIOS[crop];
  const fitsWidth = image.width * ratio.height <= image.height * ratio.width;
  const width = fitsWidth ? image.width : Math.max(1, Math.round((image.height * ratio.width) / ratio.height));
  const height = fitsWidth ? Math.max(1, Math.round((image.width * ratio.height) / ratio.width)) : image.height;
  const place = (centre: number, size: number, total: number) =>
    Math.min(total - size, Math.max(0, Math.round(normaliseFocal(centre) * total - size / 2)));
  return { left: place(focal.x, width, image.width), top: place(focal.y, height, image.height), width, height };
}

/** The stored size of a crop: the crop rectangle, scaled down to at most MAX_CROP_WIDTH. */
export function cropSize(image: { width: number; height: number }, crop: CropName): { width: number; height: number } {
  const rect = cropRect(image, crop, { x: 0.5, y: 0.5 });
  if (rect.width <= MAX_CROP_WIDTH) return { width: rect.width, height: rect.height };
  const ratio = CROP_RATIOS[crop];
  return { width: MAX_CROP_WIDTH, height: Math.round((MAX_CROP_WIDTH * ratio.height) / ratio.width) };
}

const permille = (value: number) => String(Math.round(normaliseFocal(value) * 1000));

/** "abc.jpg" with focal point (0.25, 0.5) → "abc-16x9-250-500.jpg". */
export function cropFileName(fileName: string, crop: CropName, focal: Focal): string {
  const dot = fileName.lastIndexOf('.');
  return `${fileName.slice(0, dot)}-${CROP_RATIOS[crop].key}-${permille(focal.x)}-${permille(focal.y)}${fileName.slice(dot)}`;
}

export type CropRef = { src: string; width: number; height: number };

/** Every crop's file name and size for one image. */
export function cropFiles(image: { fileName: string; width: number; height: number; focalX: number; focalY: number }) {
  const focal = { x: image.focalX, y: image.focalY };
  return CROP_NAMES.map((crop) => ({
    crop,
    fileName: cropFileName(image.fileName, crop, focal),
    ...cropSize(image, crop),
  }));
}

/** The order structured data lists them in, widest first (Google picks the one that fits its layout). */
export const CROP_ORDER: CropName[] = ['wide', 'standard', 'square'];
