import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { cropFileName, cropFiles, cropRect, cropSize, normaliseFocal } from './crops';

describe('cropRect', () => {
  it('cuts the full height of a landscape image for a square crop, centred on the focal point', () => {
    assert.deepEqual(cropRect({ width: 1600, height: 900 }, 'square', { x: 0.5, y: 0.5 }), {
      left: 350,
      top: 0,
      width: 900,
      height: 900,
    });
  });

  it('keeps the crop inside the image when the focal point is near an edge', () => {
    assert.deepEqual(cropRect({ width: 1600, height: 900 }, 'square', { x: 0, y: 0 }), {
      left: 0,
      top: 0,
      width: 900,
      height: 900,
    });
    assert.deepEqual(cropRect({ width: 1600, height: 900 }, 'square', { x: 1, y: 1 }), {
      left: 700,
      top: 0,
      width: 900,
      height: 900,
    });
  });

  it('cuts the full width of a portrait image for a 16:9 crop and moves it to the focal point', () => {
    assert.deepEqual(cropRect({ width: 900, height: 1600 }, 'wide', { x: 0.5, y: 0.25 }), {
      left: 0,
      top: 147,
      width: 900,
      height: 506,
    });
  });

  it('uses the whole image when it already has the ratio', () => {
    assert.deepEqual(cropRect({ width: 800, height: 600 }, 'standard', { x: 0.9, y: 0.1 }), {
      left: 0,
      top: 0,
      width: 800,
      height: 600,
    });
  });

  it('never returns an empty rectangle for a one-pixel image', () => {
    assert.deepEqual(cropRect({ width: 1, height: 1 }, 'wide', { x: 0.5, y: 0.5 }), {
      left: 0,
      top: 0,
      width: 1,
      height: 1,
    });
  });
});

describe('cropSize', () => {
  it('scales large crops down to 1600 pixels wide with the exact ratio', () => {
    assert.deepEqual(cropSize({ width: 6000, height: 4000 }, 'wide'), { width: 1600, height: 900 });
    assert.deepEqual(cropSize({ width: 6000, height: 4000 }, 'standard'), { width: 1600, height: 1200 });
  });

  it('keeps small crops at their own size', () => {
    assert.deepEqual(cropSize({ width: 640, height: 480 }, 'square'), { width: 480, height: 480 });
  });
});

describe('crop file names', () => {
  it('carry the ratio and the focal point, so a new focal point gives new names', () => {
    assert.equal(cropFileName('abc.jpg', 'wide', { x: 0.25, y: 0.5 }), 'abc-16x9-250-500.jpg');
    assert.notEqual(
      cropFileName('abc.jpg', 'wide', { x: 0.3, y: 0.5 }),
      cropFileName('abc.jpg', 'wide', { x: 0.25, y: 0.5 }),
    );
  });

  it('fit the pattern the media route serves', () => {
    const names = cropFiles({ fileName: `${'a'.repeat(36)}.avif`, width: 10, height: 10, focalX: 1, focalY: 0 });
    for (const { fileName } of names) assert.match(fileName, /^[a-z0-9-]{1,64}\.(jpg|png|webp|avif)$/);
  });
});

describe('normaliseFocal', () => {
  it('clamps to 0–1 and rounds to three decimals', () => {
    assert.equal(normaliseFocal(-2), 0);
    assert.equal(normaliseFocal(1.5), 1);
    assert.equal(normaliseFocal(0.12345), 0.123);
    assert.equal(normaliseFocal(Number.NaN), 0.5);
  });
});
