// Regenerates the site's brand images in public/ from SVG with sharp: `node design/make-brand-images.mjs`.
// The PNGs are committed; this script is only needed when the wordmark or colours change.
import sharp from 'sharp';

const BRAND = '#b3122e';
const wordmark = (size, fill) =>
  `<text x="50%" y="50%" dominant-baseline="central" text-anchor="middle" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-weight="900" font-size="${size}" letter-spacing="-2" fill="${fill}">Spalte</text>`;

const images = {
  // Publisher logo for JSON-LD (NewsMediaOrganization.logo) and the feeds' channel image.
  'public/logo.png': `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="160"><rect width="600" height="160" fill="#fff"/>${wordmark(120, BRAND)}</svg>`,
  // Shared OpenGraph/Twitter image for pages without a picture of their own.
  'public/og-default.png': `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect width="1200" height="630" fill="${BRAND}"/>${wordmark(220, '#fff')}<text x="50%" y="82%" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-size="44" fill="#fff">Nyheder om it i Danmark</text></svg>`,
  'app/icon.png': `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512"><rect width="512" height="512" rx="96" fill="${BRAND}"/><text x="50%" y="52%" dominant-baseline="central" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-weight="900" font-size="360" fill="#fff">S</text></svg>`,
};

for (const [file, svg] of Object.entries(images)) {
  await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toFile(file);
  console.log(`wrote ${file}`);
}
