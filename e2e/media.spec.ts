import fs from 'node:fs';
import path from 'node:path';

import type { Page } from '@playwright/test';

import {
  GIF_JS_POLYGLOT,
  HTML_PAGE,
  jpegHtmlPolyglot,
  largePhoto,
  photo,
  photoWithExif,
  pixelBomb,
  SVG_WITH_SCRIPT,
} from '../server/media/test-images';
import { deleteTestArticles } from './fixtures';
import { mediaRow, postImage, storedState, uploadDirectory } from './media-helpers';
import { ArticleEditor } from './pages/article-editor';
import { expect, test } from './sessions';

// The media library: uploading (several files, progress, drag and drop), describing an image and its focal point,
// using it as an article's top image with its crops, and every upload the server must refuse.
// Uploads re-encode images on a shared 2-core machine: give the stories room.
// The editor is the shared one, logged in by its saved session (e2e/sessions.ts).
test.describe.configure({ timeout: 120_000 });

const created: number[] = [];

test.afterAll(async ({ playwright }) => {
  await deleteTestArticles(playwright, test.info().project.use.baseURL, created);
});

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

async function dropFile(page: Page, name: string, buffer: Buffer, type: string) {
  const dataTransfer = await page.evaluateHandle(
    ({ bytes, name, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
      return transfer;
    },
    { bytes: [...buffer], name, type },
  );
  await page.getByTestId('upload-drop-zone').dispatchEvent('drop', { dataTransfer });
}

test('an editor uploads several images with a progress bar each, by picker and by drag and drop, and finds them by search', async ({
  editorPage: page,
}) => {
  await page.goto('/admin');
  await page.getByRole('navigation', { name: 'Redaktionens menu' }).getByRole('link', { name: 'Medier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Medier' })).toBeVisible();

  // The picker speaks Danish, whatever the browser's language.
  const drop = page.getByTestId('upload-drop-zone');
  await expect(drop.getByText('Vælg billeder …')).toBeVisible();
  await expect(drop.getByText('Ingen filer valgt')).toBeVisible();
  expect(await drop.ariaSnapshot()).not.toMatch(/Choose Files?|No file chosen/);

  const tag = unique();
  await page.getByLabel('Upload billeder').setInputFiles([
    {
      name: `havn-${tag}.jpg`,
      mimeType: 'image/jpeg',
      buffer: await photoWithExif(`Havnen ${tag}`, `Foto: Fotograf ${tag}`),
    },
    { name: `kort-${tag}.webp`, mimeType: 'image/webp', buffer: await photo('webp') },
  ]);
  await expect(page.getByRole('progressbar', { name: `Upload af havn-${tag}.jpg` })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: `Upload af kort-${tag}.webp` })).toBeVisible();
  await expect(page.getByText('Uploadet.')).toHaveCount(2, { timeout: 30_000 });
  await expect(page.getByRole('progressbar', { name: `Upload af havn-${tag}.jpg` })).toHaveAttribute('value', '1');
  await expect(drop.getByText(`2 filer valgt: havn-${tag}.jpg, kort-${tag}.webp`)).toBeVisible();

  await dropFile(page, `droppet-${tag}.png`, await photo('png'), 'image/png');
  await expect(page.getByText('Uploadet.')).toHaveCount(3, { timeout: 30_000 });

  // An SVG picked in the browser is refused with the server's Danish reason next to its progress bar.
  await page
    .getByLabel('Upload billeder')
    .setInputFiles({ name: `tegning-${tag}.svg`, mimeType: 'image/svg+xml', buffer: SVG_WITH_SCRIPT });
  await expect(page.getByText('Filtypen kan ikke bruges. Upload et billede i JPEG, PNG, WebP eller AVIF.')).toBeVisible(
    { timeout: 30_000 },
  );

  // The credit embedded in the photo's EXIF prefilled the library's texts: search finds it.
  await page.getByLabel('Søg i alternativ tekst, billedtekst og kreditering').fill(`fotograf ${tag}`);
  await page.getByRole('button', { name: 'Søg' }).click();
  await expect(page.getByRole('heading', { name: `Billeder, der matcher »fotograf ${tag}«` })).toBeVisible();
  const results = page.getByRole('main').getByRole('link', { name: new RegExp(`Foto: Fotograf ${tag}`) });
  await expect(results).toHaveCount(1);
  await expect(results).toContainText('Mangler alternativ tekst');
});

test('an image gets alt text, caption, credit and a focal point (by click and by keyboard), and new crops', async ({
  editorPage: page,
  request,
}) => {
  await page.goto('/admin/medier');
  await page.getByLabel('Upload billeder').setInputFiles({
    name: 'bred.jpg',
    mimeType: 'image/jpeg',
    buffer: await photo('jpeg', { width: 1600, height: 900 }),
  });
  await page.getByRole('link', { name: 'Udfyld billedtekst og alternativ tekst' }).click({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Rediger billede' })).toBeVisible();

  const squareBefore = await page.getByRole('img', { name: 'Beskæring 1:1' }).getAttribute('src');
  expect(squareBefore).toMatch(/-1x1-500-500\.jpg$/);

  await page.getByLabel('Alternativ tekst').fill('En rød flade, der fylder hele billedet');
  await page.getByLabel('Billedtekst').fill('Testbillede fra Spalte');
  await page.getByLabel('Kreditering').fill('Foto: Bo Bille');
  // A click near the left edge moves the focal point there …
  const original = page.getByRole('img', { name: 'Billedet, der redigeres' });
  const box = (await original.boundingBox())!;
  await original.click({ position: { x: box.width * 0.1, y: box.height / 2 } });
  await expect(page.getByLabel('Vandret (procent fra venstre)')).toHaveValue(/^(9\.\d|10(\.\d)?|11(\.\d)?)$/);
  // … and the keyboard sets it exactly.
  await page.getByLabel('Vandret (procent fra venstre)').fill('20');
  await page.getByLabel('Lodret (procent fra toppen)').fill('50');
  await page.getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByText('Billedet er gemt.')).toBeVisible();

  await expect(page.getByRole('img', { name: 'Beskæring 1:1' })).toHaveAttribute('src', /-1x1-200-500\.jpg$/);
  const square = await page.getByRole('img', { name: 'Beskæring 1:1' }).getAttribute('src');
  const response = await request.get(square!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/jpeg');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['cross-origin-resource-policy']).toBe('cross-origin');
  expect(response.headers()['cache-control']).toContain('immutable');
  // The old crop is gone; the focal point is in the new name, so cached copies are never stale.
  expect((await request.get(squareBefore!)).status()).toBe(404);

  // Outside the image: the browser itself refuses to submit (the server would answer "Skriv et tal fra 0 til 100.").
  await page.getByLabel('Vandret (procent fra venstre)').fill('250');
  await page.getByRole('button', { name: 'Gem' }).click();
  expect(
    await page
      .getByLabel('Vandret (procent fra venstre)')
      .evaluate((field: HTMLInputElement) => field.validity.rangeOverflow),
  ).toBe(true);
});

test('an article uses an image uploaded in the editor; publishing waits for alt text and credit; pages use the focal-point crops', async ({
  editorPage: page,
}) => {
  const editor = new ArticleEditor(page);
  await editor.openNew();
  const title = `Nyt datacenter i Esbjerg ${unique()}`;
  await editor.fill({
    title,
    lead: 'Et nyt datacenter åbner ved havnen.',
    body: 'Datacenteret åbner til foråret.',
    section: 'Cloud',
  });
  await editor.addFirstAuthor();
  await editor.topImage.open();
  await editor.topImage.upload({
    name: 'datacenter.png',
    mimeType: 'image/png',
    buffer: await photo('png', { width: 1200, height: 800 }),
  });
  await expect(page.getByText('Billedet mangler alternativ tekst og kreditering.', { exact: false })).toBeVisible({
    timeout: 30_000,
  });
  created.push(await editor.create());

  // The publish check says why it cannot be published yet, and publishing waits.
  await editor.openPublishCheck();
  await expect(editor.publishDialog).toContainText('Topbilledet mangler alternativ tekst og kreditering.');
  await expect(editor.publishDialog.getByRole('button', { name: 'Bekræft udgivelse' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(editor.publishDialog).toBeHidden();

  await page.getByLabel('Alternativ tekst til topbilledet').fill('Serverrækker i et nyt datacenter');
  await page.getByLabel('Kreditering af topbilledet').fill('Foto: Spalte');
  await page.getByRole('button', { name: 'Gem billedets tekster' }).click();
  await expect(page.getByText('Billedet er gemt.')).toBeVisible();
  await editor.publishNow();
  await expect(page.getByRole('link', { name: 'Se den udgivne artikel' })).toBeVisible();

  await page.getByRole('link', { name: 'Se den udgivne artikel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const figure = page.getByRole('img', { name: 'Serverrækker i et nyt datacenter' });
  await expect(figure).toHaveAttribute('src', /-16x9-500-500\.png/);
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(ogImage).toMatch(/\/medier\/[a-f0-9]{32}-16x9-500-500\.png$/);
  const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
  const article = jsonLd.map((text) => JSON.parse(text)).find((data) => data['@type'] === 'NewsArticle');
  expect(article.image).toHaveLength(3);
  expect(article.image.map((url: string) => url.match(/-(\d+x\d+)-/)?.[1])).toEqual(['16x9', '4x3', '1x1']);

  // Moving the focal point in the library changes the published page at once.
  const admin = await page.context().newPage();
  await admin.goto('/admin/medier?q=Serverr%C3%A6kker');
  await admin
    .getByRole('main')
    .getByRole('link', { name: /Serverrækker i et nyt datacenter/ })
    .first()
    .click();
  await admin.getByLabel('Lodret (procent fra toppen)').fill('10');
  await admin.getByRole('button', { name: 'Gem' }).click();
  await expect(admin.getByText('Billedet er gemt.')).toBeVisible();
  await page.reload();
  await expect(figure).toHaveAttribute('src', /-16x9-500-100\.png/);

  // And an image in a published article keeps its credit; the refused form keeps what was typed.
  await admin.getByLabel('Billedtekst').fill('En ny billedtekst, der ikke må gå tabt');
  await admin.getByLabel('Kreditering').fill('');
  await admin.getByRole('button', { name: 'Gem' }).click();
  await expect(admin.getByText('Billedet bruges i en udgivet eller planlagt artikel', { exact: false })).toBeVisible();
  await expect(admin.getByLabel('Billedtekst')).toHaveValue('En ny billedtekst, der ikke må gå tabt');
  await expect(admin.getByLabel('Kreditering')).toHaveValue('');
});

test.describe('refused uploads', () => {
  const refusals: [string, string, () => Buffer | Promise<Buffer>, string, number, RegExp][] = [
    ['an HTML page named .jpg', 'side.jpg', () => HTML_PAGE, 'image/jpeg', 415, /Filtypen kan ikke bruges/],
    ['an SVG with a script', 'logo.svg', () => SVG_WITH_SCRIPT, 'image/svg+xml', 415, /Filtypen kan ikke bruges/],
    ['a GIF that is also JavaScript', 'anim.gif', () => GIF_JS_POLYGLOT, 'image/gif', 415, /Filtypen kan ikke bruges/],
    [
      'a JPEG with an HTML page appended',
      'foto.jpg',
      jpegHtmlPolyglot,
      'image/jpeg',
      415,
      /både et billede og tekst eller kode/,
    ],
    ['a zero-byte file', 'tom.jpg', () => Buffer.alloc(0), 'image/jpeg', 400, /Filen er tom/],
    ['a decompression bomb', 'bombe.png', () => pixelBomb(), 'image/png', 413, /for mange pixels/],
    [
      'a file over 20 MB',
      'stor.jpg',
      () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(21 * 1024 * 1024)]),
      'image/jpeg',
      413,
      /Filen er for stor/,
    ],
  ];

  for (const [what, name, make, mimeType, status, message] of refusals) {
    test(`${what} is refused with ${status} and leaves nothing behind`, async ({ editorPage: page }) => {
      const before = storedState();
      const response = await postImage(page.request, name, await make(), mimeType);
      expect(response.status()).toBe(status);
      expect(response.headers()['content-type']).toContain('application/json');
      expect((await response.json()).error).toMatch(message);
      expect(storedState()).toEqual(before);
    });
  }

  test('a name with ../, NUL, æøå or 300 characters is only a label; the file gets a name the server chose', async ({
    editorPage: page,
  }) => {
    for (const name of ['../../etc/passwd.jpg', 'ær\u0000ø å.jpg', `${'ø'.repeat(300)}.jpg`]) {
      const response = await postImage(page.request, name, await photo('jpeg'));
      expect(response.status()).toBe(201);
      const { image } = await response.json();
      const row = mediaRow(image.id);
      expect(row.fileName).toMatch(/^[a-f0-9]{32}\.jpg$/);
      expect(fs.existsSync(path.join(uploadDirectory(), row.fileName))).toBe(true);
      expect(row.originalName!.length).toBeLessThanOrEqual(200);
      expect(row.originalName).not.toMatch(/[/\\\u0000]/);
    }
    expect(fs.existsSync(path.join(uploadDirectory(), '..', '..', 'etc', 'passwd.jpg'))).toBe(false);
  });

  test('a 19 MB photo arrives whole and is stored re-encoded', async ({ editorPage: page }) => {
    const big = await largePhoto(19 * 1024 * 1024);
    expect(big.byteLength).toBeGreaterThan(18 * 1024 * 1024);
    expect(big.byteLength).toBeLessThan(20 * 1024 * 1024);
    const response = await postImage(page.request, 'stor.jpg', big);
    expect(response.status()).toBe(201);
    const { image } = await response.json();
    expect(mediaRow(image.id).mime).toBe('image/jpeg');
  });

  test('anonymous uploads are refused with 401', async ({ playwright }) => {
    const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    const response = await postImage(anonymous, 'x.jpg', await photo('jpeg'));
    expect(response.status()).toBe(401);
    expect((await response.json()).error).toBe('Du er ikke logget ind.');
    await anonymous.dispose();
  });
});
