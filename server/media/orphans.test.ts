import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { MAX_CRASH_LEFTOVERS, planSweep } from './orphans';

const IMAGE = '0123456789abcdef0123456789abcdef.jpg';
const CROP = '0123456789abcdef0123456789abcdef-16x9-500-500.jpg';
const STRAY = 'fedcba9876543210fedcba9876543210.webp';
const STRAY_CROP = 'fedcba9876543210fedcba9876543210-1x1-500-500.webp';
const TEMPORARY = `.${STRAY}.a1b2c3d4e5f6.tmp`;

describe('planSweep', () => {
  it('removes the files and temporary files that no media row needs, and keeps the rest', () => {
    const sweep = planSweep([IMAGE, CROP, STRAY, STRAY_CROP, TEMPORARY], new Set([IMAGE, CROP]));
    assert.deepEqual(sweep, { remove: [TEMPORARY, STRAY_CROP, STRAY] });
  });

  it('leaves names the server never writes alone', () => {
    assert.deepEqual(planSweep(['README.txt', '.gitkeep', 'lost+found', 'Foto.JPG'], new Set()), { remove: [] });
  });

  it('removes nothing when more files are unreferenced than a crash leaves behind', () => {
    const names = Array.from({ length: MAX_CRASH_LEFTOVERS + 1 }, (_, n) => `${String(n).padStart(32, '0')}.jpg`);
    assert.deepEqual(planSweep(names, new Set()), { refused: MAX_CRASH_LEFTOVERS + 1 });
  });
});
