import type { Page } from '@playwright/test';

import { ArticleEditor } from './pages/article-editor';
import { PeopleNewsForm } from './pages/widget-forms';
import { absolute, deleteTestArticles, queryTestDb, revalidate, runTestDb } from './fixtures';
import { expect, test } from './sessions';
import { callAction, recordAction } from './server-actions';
import { logIn } from './staff';
import { emptyArticleContent } from '../domain/article/content';

// People behind the bylines (issue 15): the author admin at /admin/skribenter, new staff linked to an author, and
// what readers see of it. Every story makes its own authors and articles, so the seed's authors stay as they are.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

const created: number[] = [];
test.afterAll(async ({ playwright }) => {
  const baseURL = test.info().project.use.baseURL;
  await deleteTestArticles(playwright, baseURL, created);
  // The stories' own authors go again (a merged one is gone already); the writer's stays with their account.
  runTestDb(`DELETE FROM people_news WHERE name LIKE 'Freja Freelance %'`);
  runTestDb(
    `DELETE FROM authors WHERE (name LIKE 'Freja Freelance %' OR name LIKE 'Kim Original %')
       AND NOT EXISTS (SELECT 1 FROM article_authors WHERE author_id = authors.id)`,
  );
  const request = await playwright.request.newContext({ baseURL });
  await revalidate(request, ['authors', 'people-news']);
  await request.dispose();
});

const stamp = () => Date.now().toString(36);

/** The path of an article by id, as readers reach it. */
function articlePath(id: number): string {
  const [row] = queryTestDb<{ slug: string; section: string }>(
    'SELECT a.slug, s.slug AS section FROM articles a JOIN sections s ON s.id = a.section_id WHERE a.id = ?',
    id,
  );
  return `/${row!.section}/${row!.slug}`;
}

/** Creates an author through the form and returns its id (from the list's link). */
async function createAuthor(page: Page, fields: { name: string; title?: string }) {
  await page.goto('/admin/skribenter/ny');
  await page.getByLabel('Navn').fill(fields.name);
  if (fields.title) await page.getByLabel('Titel').fill(fields.title);
  await page.getByRole('button', { name: 'Opret skribent' }).click();
  await page.waitForURL('**/admin/skribenter');
  const href = await page.getByRole('link', { name: fields.name, exact: true }).getAttribute('href');
  return Number(href!.split('/').pop());
}

/** Publishes an article now from the editor, as an editor. */
async function publish(page: Page, id: number) {
  const editor = new ArticleEditor(page);
  await editor.open(id);
  await editor.publishNow();
  await expect(page.getByText('Udgivet', { exact: true }).first()).toBeVisible();
}

test('a writer created by an admin gets a byline of their own on their first article without touching it', async ({
  adminPage,
  editorPage,
  browser,
  page: reader,
}) => {
  const name = `Ny Skribent ${stamp()}`;
  const email = `ny-skribent-${stamp()}@spalte.dk`;
  await adminPage.goto('/admin/brugere');
  await adminPage.getByLabel('Navn').fill(name);
  await adminPage.getByLabel('E-mailadresse').fill(email);
  await adminPage.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Journalist' });
  // A new author with the user's name is the default.
  await expect(adminPage.getByLabel('Skribentprofil')).toHaveValue('new');
  await adminPage.getByRole('button', { name: 'Opret bruger' }).click();
  await expect(adminPage.getByText('Brugeren og skribentprofilen er oprettet.')).toBeVisible();
  const password = (await adminPage.locator('form code').textContent())!;
  // The users list links the account to its author.
  await adminPage.reload();
  await expect(adminPage.getByRole('row').filter({ hasText: email }).getByRole('link', { name })).toBeVisible();

  const writer = await (await browser.newContext()).newPage();
  await logIn(writer, { id: 0, email, password, name, role: 'writer' });
  const editor = new ArticleEditor(writer);
  await editor.openNew();
  // The byline shows the writer already, before anything is typed.
  const byline = writer.getByRole('group', { name: 'Skribenter (i rækkefølge)' });
  await expect(byline.getByRole('listitem')).toHaveText([new RegExp(name)]);
  await editor.fill({ title: `Første artikel ${stamp()}`, lead: 'Manchet.', body: 'Tekst.', section: 'Sikkerhed' });
  const create = await recordAction(writer, () => editor.clickCreate());
  const id = await editor.createdId();
  created.push(id);

  // The server gives a new article with no byline its creator's author too (a form without the prefill, a script).
  const [sikkerhed] = queryTestDb<{ id: number }>(`SELECT id FROM sections WHERE slug = 'sikkerhed'`);
  const slug = `uden-byline-${stamp()}`;
  const answer = await callAction(writer, create, [
    { ...emptyArticleContent(sikkerhed!.id), title: 'Uden byline', slug },
  ]);
  expect(answer.status()).toBe(200);
  const [bare] = queryTestDb<{ id: number; author: string }>(
    `SELECT a.id, au.name AS author FROM articles a
       JOIN article_authors aa ON aa.article_id = a.id JOIN authors au ON au.id = aa.author_id WHERE a.slug = ?`,
    slug,
  );
  created.push(bare!.id);
  expect(bare!.author).toBe(name);
  await writer.context().close();

  await publish(editorPage, id);
  await reader.goto(articlePath(id));
  const line = reader.getByRole('main').getByText(/^Af /);
  await expect(line).toHaveText(`Af ${name}`);
  await line.getByRole('link', { name }).click();
  await expect(reader.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(reader.getByText('Journalist', { exact: true })).toBeVisible();
});

test('an author page shows the title, bio, shown e-mail and profiles, and names them as sameAs', async ({
  editorPage: page,
}) => {
  const name = `Freja Freelance ${stamp()}`;
  await page.goto('/admin/skribenter/ny');
  await page.getByLabel('Navn').fill(name);
  const slug = await page.getByLabel('Adresse', { exact: true }).inputValue();
  expect(slug).toMatch(/^freja-freelance-/);
  await page.getByLabel('Titel').fill('Freelancejournalist');
  await page.getByLabel('Kort biografi').fill('Freja skriver om open source og digital suverænitet.');
  await page.getByLabel('E-mailadresse', { exact: true }).fill('freja@example.dk');
  await page.getByLabel('Vis e-mailadressen på skribentsiden').check();
  // A link that is not the service's own https address is refused, and nothing typed is lost.
  await page.getByLabel('LinkedIn').fill('http://linkedin.com/in/freja');
  await page.getByLabel('Mastodon').fill('https://mastodon.social/@freja');
  await page.getByRole('button', { name: 'Opret skribent' }).click();
  await expect(page.getByText('Skriv hele https-adressen til profilen på LinkedIn')).toBeVisible();
  await expect(page.getByLabel('Mastodon')).toHaveValue('https://mastodon.social/@freja');
  await page.getByLabel('LinkedIn').fill('https://www.linkedin.com/in/freja');
  await page.getByRole('button', { name: 'Opret skribent' }).click();
  await page.waitForURL('**/admin/skribenter');

  await page.goto(`/skribent/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Freelancejournalist')).toBeVisible();
  await expect(page.getByText('Freja skriver om open source og digital suverænitet.')).toBeVisible();
  const elsewhere = page.getByRole('list', { name: `${name} andre steder` });
  await expect(elsewhere.getByRole('link', { name: 'freja@example.dk' })).toHaveAttribute(
    'href',
    'mailto:freja@example.dk',
  );
  await expect(elsewhere.getByRole('link', { name: 'LinkedIn' })).toHaveAttribute(
    'href',
    'https://www.linkedin.com/in/freja',
  );
  await expect(elsewhere.getByRole('link', { name: 'Mastodon' })).toHaveAttribute(
    'href',
    'https://mastodon.social/@freja',
  );
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const profile = blocks.map((block) => JSON.parse(block)).find((data) => data['@type'] === 'ProfilePage');
  expect(profile.mainEntity.sameAs).toEqual(['https://www.linkedin.com/in/freja', 'https://mastodon.social/@freja']);
  expect(profile.mainEntity.jobTitle).toBe('Freelancejournalist');
});

test('a Navnenyt entry about an author links to their page, and their page lists it', async ({
  editorPage: page,
  page: reader,
}) => {
  const [freja] = queryTestDb<{ name: string; slug: string }>(
    `SELECT name, slug FROM authors WHERE name LIKE 'Freja Freelance %' ORDER BY id DESC LIMIT 1`,
  );
  const form = new PeopleNewsForm(page);
  await form.openNew();
  await form.fill({
    name: freja!.name,
    company: 'KMD A/S',
    role: 'Klummeskribent',
    label: 'Nyt job',
    body: `${freja!.name} skriver fremover klummer om offentlig it.`,
  });
  await page.getByLabel('Skriver for Spalte').selectOption({ label: freja!.name });
  await form.create();
  await page.waitForURL(/\/admin\/navnenyt$/);
  const [entry] = queryTestDb<{ id: number; slug: string }>(
    'SELECT id, slug FROM people_news WHERE name = ?',
    freja!.name,
  );

  await reader.goto(`/navnenyt/${entry!.slug}`);
  await reader.getByRole('link', { name: `${freja!.name} skriver for Spalte: se artiklerne` }).click();
  await expect(reader).toHaveURL(new RegExp(`/skribent/${freja!.slug}$`));
  const about = reader.getByRole('region', { name: `Navnenyt om ${freja!.name}` });
  await expect(about.getByRole('link', { name: 'Klummeskribent, KMD A/S' })).toHaveAttribute(
    'href',
    `/navnenyt/${entry!.slug}`,
  );

  page.once('dialog', (dialog) => void dialog.accept());
  await form.open(entry!.id);
  await form.remove();
  await page.waitForURL(/\/admin\/navnenyt$/);
});

test('an author with bylines cannot be deleted; the refusal says how many articles name them', async ({
  editorPage: page,
}) => {
  const [line] = queryTestDb<{ id: number; n: number }>(
    `SELECT a.id, (SELECT count(*) FROM article_authors WHERE author_id = a.id) AS n FROM authors a WHERE slug = 'line-vestergaard'`,
  );
  await page.goto(`/admin/skribenter/${line!.id}`);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Slet skribent' }).click();
  await expect(
    page.getByText(`Line Vestergaard står som skribent på ${line!.n} artikler og kan ikke slettes.`, { exact: false }),
  ).toBeVisible();
  expect(queryTestDb('SELECT id FROM authors WHERE id = ?', line!.id)).toHaveLength(1);
});

test('merging two authors moves the bylines without duplicates and the old page answers 301', async ({
  editorPage: page,
  page: reader,
}) => {
  const suffix = stamp();
  const duplicate = `Kim Dublet ${suffix}`;
  const original = `Kim Original ${suffix}`;
  const duplicateId = await createAuthor(page, { name: duplicate, title: 'Journalist' });
  const originalId = await createAuthor(page, { name: original, title: 'Journalist' });
  const [duplicateRow] = queryTestDb<{ slug: string }>('SELECT slug FROM authors WHERE id = ?', duplicateId);
  const [originalRow] = queryTestDb<{ slug: string }>('SELECT slug FROM authors WHERE id = ?', originalId);

  // An article by both of them.
  const editor = new ArticleEditor(page);
  await editor.openNew();
  await editor.fill({ title: `Fælles artikel ${suffix}`, lead: 'Manchet.', body: 'Tekst.', section: 'Cloud' });
  await page.getByLabel('Tilføj skribent').selectOption({ label: duplicate });
  await page.getByLabel('Tilføj skribent').selectOption({ label: original });
  const id = await editor.create();
  created.push(id);
  await publish(page, id);
  await reader.goto(articlePath(id));
  await expect(reader.getByRole('main').getByText(/^Af /)).toHaveText(`Af ${duplicate} og ${original}`);

  await page.goto(`/admin/skribenter/${duplicateId}`);
  await page.getByLabel('Skribent, der overtager artiklerne').selectOption({ label: original });
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Flet skribenter' }).click();
  await page.waitForURL(`**/admin/skribenter/${originalId}`);

  const moved = await reader.request.get(`/skribent/${duplicateRow!.slug}`, { maxRedirects: 0 });
  expect(moved.status()).toBe(301);
  expect(new URL(moved.headers().location!, absolute('/')).pathname).toBe(`/skribent/${originalRow!.slug}`);
  // The feed moves with the page.
  const feed = await reader.request.get(`/skribent/${duplicateRow!.slug}/rss.xml`, { maxRedirects: 0 });
  expect(feed.status()).toBe(301);
  expect(new URL(feed.headers().location!, absolute('/')).pathname).toBe(`/skribent/${originalRow!.slug}/rss.xml`);
  await reader.goto(articlePath(id));
  await expect(reader.getByRole('main').getByText(/^Af /)).toHaveText(`Af ${original}`);
  await reader.goto(`/skribent/${originalRow!.slug}`);
  await expect(reader.getByRole('main').getByRole('link', { name: `Fælles artikel ${suffix}` })).toBeVisible();
  expect(queryTestDb('SELECT author_id FROM article_authors WHERE article_id = ?', id)).toEqual([
    { author_id: originalId },
  ]);
});
