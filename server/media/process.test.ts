import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import sharp from 'sharp';

import { captionAndCredit, processImage, sniffImageType } from './process';
import {
  GIF_JS_POLYGLOT,
  HTML_PAGE,
  jpegHtmlPolyglot,
  photo,
  photoWithExif,
  pixelBomb,
  SVG_WITH_SCRIPT,
} from './test-images';
import { sanitiseOriginalName, UploadRefusal } from '@/domain/media/upload-rules';

const refusal = (status: number) => (error: unknown) => error instanceof UploadRefusal && error.status === status;

describe('sniffImageType', () => {
  it('recognises JPEG, PNG, WebP and AVIF by their content', async () => {
    assert.equal(await sniffImageType(await photo('jpeg')), 'jpg');
    assert.equal(await sniffImageType(await photo('png')), 'png');
    assert.equal(await sniffImageType(await photo('webp')), 'webp');
    assert.equal(await sniffImageType(await photo('avif')), 'avif');
  });

  it('refuses SVG, HTML, GIF and unknown bytes with 415', async () => {
    for (const data of [SVG_WITH_SCRIPT, HTML_PAGE, GIF_JS_POLYGLOT, Buffer.from('just text')]) {
      await assert.rejects(sniffImageType(data), refusal(415));
    }
  });

  it('refuses a JPEG with an HTML page appended as a polyglot', async () => {
    await assert.rejects(sniffImageType(await jpegHtmlPolyglot()), refusal(415));
  });

  it('refuses an empty file with 400', async () => {
    await assert.rejects(sniffImageType(Buffer.alloc(0)), refusal(400));
  });
});

describe('processImage', () => {
  it('re-encodes in the same format and strips metadata after reading caption and credit', async () => {
    const result = await processImage(await photoWithExif('Moedet i Aarhus', 'Foto: Aase Oersted'));
    assert.equal(result.mime, 'image/jpeg');
    assert.deepEqual([result.width, result.height], [64, 48]);
    assert.equal(result.caption, 'Moedet i Aarhus');
    assert.equal(result.credit, 'Foto: Aase Oersted');
    const meta = await sharp(result.data).metadata();
    assert.equal(meta.exif, undefined);
  });

  it('refuses a decompression bomb with 413 before decoding it', async () => {
    await assert.rejects(processImage(await pixelBomb()), refusal(413));
  });

  it('answers 400 for a truncated image', async () => {
    const data = await photo('jpeg');
    await assert.rejects(processImage(data.subarray(0, 200)), refusal(400));
  });
});

describe('sanitiseOriginalName', () => {
  it('keeps only the base name without control characters', () => {
    assert.equal(sanitiseOriginalName('../../etc/passwd.jpg'), 'passwd.jpg');
    assert.equal(sanitiseOriginalName('..\\..\\boot.ini'), 'boot.ini');
    assert.equal(sanitiseOriginalName('før\u0000æøå.jpg'), 'føræøå.jpg');
    assert.equal(sanitiseOriginalName(`${'x'.repeat(500)}.jpg`).length, 200);
  });
});

describe('captionAndCredit', () => {
  it('prefers IPTC caption and credit', () => {
    assert.deepEqual(
      captionAndCredit({
        Caption: 'Mødet i Aarhus',
        Credit: 'Ritzau Scanpix',
        ImageDescription: 'IMG_0001',
        Artist: 'x',
      }),
      {
        caption: 'Mødet i Aarhus',
        credit: 'Ritzau Scanpix',
      },
    );
  });

  it('reads XMP language maps and creator lists, and drops control characters', () => {
    assert.deepEqual(
      captionAndCredit({
        description: { lang: 'x-default', value: 'Havnen\u0000 ved nat' },
        creator: ['Åse Holm', 'Bo Bille'],
      }),
      {
        caption: 'Havnen  ved nat',
        credit: 'Åse Holm, Bo Bille',
      },
    );
  });

  it('gives empty texts when there is nothing', () => {
    assert.deepEqual(captionAndCredit({}), { caption: '', credit: '' });
  });
});
