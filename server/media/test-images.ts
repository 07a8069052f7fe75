import zlib from 'node:zlib';

import sharp from 'sharp';

// Files for the upload tests (unit and e2e): real images made with sharp, and the hostile files the pipeline must
// refuse. Test code only.

export function photo(format: 'jpeg' | 'png' | 'webp' | 'avif' = 'jpeg', { width = 320, height = 240 } = {}) {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 60, b: 40 } } });
  return image.toFormat(format).toBuffer();
}

/** A JPEG with caption and credit in EXIF, as cameras and agencies deliver them (libvips writes EXIF as ASCII). */
export function photoWithExif(caption: string, credit: string) {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: '#336699' } })
    .withExif({ IFD0: { ImageDescription: caption, Artist: credit } })
    .jpeg()
    .toBuffer();
}

/** A valid PNG whose header claims width × height pixels (with a correct CRC): a decompression bomb. */
export async function pixelBomb(width = 100_000, height = 100_000) {
  const png = Buffer.from(await photo('png', { width: 8, height: 8 }));
  // Signature (8) + IHDR length (4) + "IHDR" (4), then width and height; the CRC covers type and data.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(zlib.crc32(png.subarray(12, 29)) >>> 0, 29);
  return png;
}

/** Noise survives JPEG compression, so this is a real photo of at least `minBytes` (and only a little more). */
export async function largePhoto(minBytes: number) {
  let side = Math.ceil(Math.sqrt(minBytes / 1.4));
  for (;;) {
    const noise = Buffer.alloc(side * side * 3);
    for (let index = 0; index < noise.length; index += 1) noise[index] = (index * 2654435761) >>> 24;
    const data = await sharp(noise, { raw: { width: side, height: side, channels: 3 } })
      .jpeg({ quality: 100 })
      .toBuffer();
    if (data.byteLength >= minBytes) return data;
    side = Math.ceil(side * 1.02);
  }
}

export const SVG_WITH_SCRIPT = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>',
);
export const HTML_PAGE = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');

/** Valid JPEG followed by an HTML page: opens as an image and, sniffed as HTML, runs as a page. */
export async function jpegHtmlPolyglot() {
  return Buffer.concat([await photo('jpeg'), Buffer.from('<html><script>alert(document.cookie)</script></html>')]);
}

/** GIF header that is also valid JavaScript (`GIF89a=…`), a classic polyglot. */
export const GIF_JS_POLYGLOT = Buffer.concat([
  Buffer.from('GIF89a/*'),
  Buffer.from([0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00]),
  Buffer.from('*/=alert(1);'),
]);
