import type { Page } from '@playwright/test';

import { ArticleEditor } from './pages/article-editor';
import { absolute, deleteTestArticles, queryTestDb, revalidate, runTestDb } from './fixtures';
import { expect, test } from './sessions';

// Sections and tags in the newsroom (issue 15): /admin/sektioner and /admin/emner. The stories make their own
// section and tags and take them away again, so the seed's menu and tags stay as other specs expect them.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

const stamp = Date.now().toString(36);
const created: number[] = [];

test.afterAll(async ({ playwright }) => {
  const baseURL = test.info().project.use.baseURL;
  await deleteTestArticles(playwright, baseURL, created);
  runTestDb(`DELETE FROM sections WHERE slug IN ('ai', 'ai-og-data')`);
  runTestDb(`DELETE FROM tags WHERE name LIKE ?`, `%${stamp}%`);
  const request = await playwright.request.newContext({ baseURL });
  await revalidate(request, ['sections', 'tags', 'featured-tags', 'article-lists']);
  await request.dispose();
});

const menu = (page: Page) => page.getByRole('navigation', { name: 'Sektioner', exact: true });

test('an editor adds the section "AI" to the menu, renames it, and the old address answers 301', async ({
  editorPage: page,
  page: reader,
}) => {
  await page.goto('/admin/sektioner/ny');
  await page.getByLabel('Navn').fill('AI');
  await expect(page.getByLabel('Adresse', { exact: true })).toHaveValue('ai');
  await page.getByLabel('Beskrivelse').fill('Kunstig intelligens i danske virksomheder og myndigheder.');
  await page.getByRole('button', { name: 'Opret sektion' }).click();
  await page.waitForURL('**/admin/sektioner');
  // Last in the menu's order; moved up one place.
  await expect(page.getByRole('row').last()).toContainText('AI');
  await page.getByRole('button', { name: 'Ryk AI op' }).click();
  await expect(page.getByText('AI er rykket op.')).toBeVisible();
  await expect(page.getByRole('row').nth(-2)).toContainText('AI');

  await reader.goto('/');
  const links = menu(reader).getByRole('link');
  await expect(links.nth((await links.count()) - 3)).toHaveText('AI');
  await menu(reader).getByRole('link', { name: 'AI', exact: true }).click();
  await expect(reader.getByRole('heading', { level: 1, name: 'AI' })).toBeVisible();
  await expect(reader.getByText('Kunstig intelligens i danske virksomheder og myndigheder.')).toBeVisible();
  await expect(reader.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    'Kunstig intelligens i danske virksomheder og myndigheder.',
  );

  // Renamed with a new address: the old one moves, and the menu has the new name.
  await page.getByRole('link', { name: 'AI', exact: true }).click();
  await page.getByLabel('Navn').fill('AI og data');
  await page.getByLabel('Adresse', { exact: true }).fill('ai-og-data');
  await page.getByRole('button', { name: 'Gem sektion' }).click();
  await expect(page.getByText('/ai og artiklerne under den sender nu læserne videre til /ai-og-data.')).toBeVisible();
  const moved = await reader.request.get('/ai', { maxRedirects: 0 });
  expect(moved.status()).toBe(301);
  expect(new URL(moved.headers().location!, absolute('/')).pathname).toBe('/ai-og-data');
  expect((await reader.request.get('/ai/rss.xml', { maxRedirects: 0 })).status()).toBe(301);
  await reader.goto('/');
  await expect(menu(reader).getByRole('link', { name: 'AI og data', exact: true })).toBeVisible();
  await expect(menu(reader).getByRole('link', { name: 'AI', exact: true })).toHaveCount(0);

  // Hidden: out of the menu, the page still there for links to it, kept out of search engines.
  await page.getByLabel('Skjul i menuen').check();
  await page.getByRole('button', { name: 'Gem sektion' }).click();
  // Exactly: the rename's longer confirmation starts the same way.
  await expect(page.getByText('Sektionen er gemt.', { exact: true })).toBeVisible();
  await reader.goto('/');
  await expect(menu(reader).getByRole('link', { name: 'AI og data', exact: true })).toHaveCount(0);
  const hidden = await reader.goto('/ai-og-data');
  expect(hidden!.status()).toBe(200);
  await expect(reader.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);

  // An empty section made by mistake can be deleted.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Slet sektion' }).click();
  await page.waitForURL('**/admin/sektioner');
  expect(queryTestDb(`SELECT id FROM sections WHERE slug = 'ai-og-data'`)).toHaveLength(0);
});

test('merging a tag moves its articles to the other tag and its page answers 301 to it', async ({
  editorPage: page,
  page: reader,
}) => {
  // Two names for one thing (with different slugs: "Maskinlaering" would be the same tag as "Maskinlæring").
  const oldName = `ML ${stamp}`;
  const newName = `Maskinlæring ${stamp}`;
  const editor = new ArticleEditor(page);
  const addTag = async (name: string) => {
    await page.getByLabel('Tilføj emne').fill(name);
    await page.getByLabel('Tilføj emne').press('Enter');
  };
  for (const [title, tagNames] of [
    [`Kun det gamle emne ${stamp}`, [oldName]],
    [`Begge emner ${stamp}`, [oldName, newName]],
  ] as const) {
    await editor.openNew();
    await editor.fill({ title, lead: 'Manchet.', body: 'Tekst.', section: 'Nyheder' });
    // The shared editor has no author of their own; a published article needs a byline (the publish check).
    await editor.addFirstAuthor();
    for (const name of tagNames) await addTag(name);
    const id = await editor.create();
    created.push(id);
    await editor.open(id);
    await editor.publishNow();
    await expect(page.getByText('Udgivet', { exact: true }).first()).toBeVisible();
  }
  const [oldTag] = queryTestDb<{ id: number; slug: string }>('SELECT id, slug FROM tags WHERE name = ?', oldName);
  const [newTag] = queryTestDb<{ id: number; slug: string }>('SELECT id, slug FROM tags WHERE name = ?', newName);

  // The list finds it by name, with its article count.
  await page.goto(`/admin/emner?q=${encodeURIComponent(`ml ${stamp}`)}`);
  await expect(page.getByRole('row').filter({ hasText: oldName }).getByRole('cell').nth(2)).toHaveText('2');
  await page.getByRole('link', { name: oldName }).click();
  await page.getByLabel('Emne, der overtager artiklerne').fill(newName);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Flet emner' }).click();
  await page.waitForURL(`**/admin/emner/${newTag!.id}`);

  const moved = await reader.request.get(`/tag/${oldTag!.slug}`, { maxRedirects: 0 });
  expect(moved.status()).toBe(301);
  expect(new URL(moved.headers().location!, absolute('/')).pathname).toBe(`/tag/${newTag!.slug}`);
  const feed = await reader.request.get(`/tag/${oldTag!.slug}/rss.xml`, { maxRedirects: 0 });
  expect(feed.status()).toBe(301);
  expect(new URL(feed.headers().location!, absolute('/')).pathname).toBe(`/tag/${newTag!.slug}/rss.xml`);
  await reader.goto(`/tag/${newTag!.slug}`);
  const main = reader.getByRole('main');
  await expect(main.getByRole('link', { name: `Kun det gamle emne ${stamp}` })).toBeVisible();
  await expect(main.getByRole('link', { name: `Begge emner ${stamp}` })).toBeVisible();
  await expect(main.getByText('2 artikler')).toBeVisible();
  // The article that had both has the tag once.
  await main.getByRole('link', { name: `Begge emner ${stamp}` }).click();
  await expect(reader.getByRole('main').getByRole('link', { name: newName })).toHaveCount(1);
  await expect(reader.getByRole('main').getByRole('link', { name: oldName })).toHaveCount(0);
});

test('a featured tag with a description is in the "Fokus" row on every page and introduces its page', async ({
  editorPage: page,
  page: reader,
}) => {
  const [tag] = queryTestDb<{ id: number; slug: string; name: string }>(
    'SELECT id, slug, name FROM tags WHERE name LIKE ?',
    `Maskinlæring ${stamp}`,
  );
  await page.goto(`/admin/emner/${tag!.id}`);
  await page.getByLabel('Beskrivelse').fill('Hvordan maskiner lærer af data.');
  await page.getByLabel('Fremhæv i Fokus-linjen under menuen').check();
  await page.getByRole('button', { name: 'Gem emne' }).click();
  await expect(page.getByText('Emnet er gemt.', { exact: true })).toBeVisible();

  await reader.goto('/job');
  const focus = reader.getByRole('navigation', { name: 'Fokus' });
  await focus.getByRole('link', { name: tag!.name }).click();
  await expect(reader).toHaveURL(new RegExp(`/tag/${tag!.slug}$`));
  await expect(reader.getByRole('main').getByText('Hvordan maskiner lærer af data.')).toBeVisible();
});
