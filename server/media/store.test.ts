import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';

import sharp from 'sharp';

import { newFileName, removeFiles, writeCrops, writeFileAtomically } from './store';
import { photo } from './test-images';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spalte-store-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('store', () => {
  it('names files itself: 32 hex digits and the type', () => {
    assert.match(newFileName('webp'), /^[a-f0-9]{32}\.webp$/);
    assert.notEqual(newFileName('jpg'), newFileName('jpg'));
  });

  it('writes the three crops around the focal point, in the image’s format, and removes them again', async () => {
    const fileName = newFileName('png');
    await writeFileAtomically(dir, fileName, await photo('png', { width: 2000, height: 1000 }));
    const crops = await writeCrops(dir, { fileName, width: 2000, height: 1000, focalX: 0.1, focalY: 0.5 });
    assert.deepEqual(
      crops.map((name) => name.slice(33)),
      ['1x1-100-500.png', '4x3-100-500.png', '16x9-100-500.png'],
    );
    const sizes = await Promise.all(crops.map(async (name) => sharp(path.join(dir, name)).metadata()));
    assert.deepEqual(
      sizes.map((meta) => [meta.format, meta.width, meta.height]),
      [
        ['png', 1000, 1000],
        ['png', 1333, 1000],
        ['png', 1600, 900],
      ],
    );
    await removeFiles(dir, [fileName, ...crops]);
    assert.deepEqual(fs.readdirSync(dir), []);
  });

  it('never leaves a temporary file behind', async () => {
    await writeFileAtomically(dir, 'a.jpg', Buffer.from('x'));
    await assert.rejects(writeFileAtomically(path.join(dir, 'a.jpg'), 'b.jpg', Buffer.from('y')));
    assert.deepEqual(fs.readdirSync(dir), ['a.jpg']);
    await removeFiles(dir, ['a.jpg']);
  });
});
