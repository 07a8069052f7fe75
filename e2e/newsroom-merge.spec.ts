import type { Browser, Page } from '@playwright/test';

import { deleteTestArticles, queryTestDb } from './fixtures';
import { ArticleEditor } from './pages/article-editor';
import { expect, test } from './sessions';
import { createStaff, logIn, type Staff } from './staff';

// Two people on one article: a stale save is merged with what the other saved (fields only one of them changed are
// both kept), fields both changed are settled side by side, and each sees who else has the article open.
// Anna has an account of her own, so the others see her name; the other side is the shared editor.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

const created = new Set<number>();
let anna: Staff;

test.beforeAll(async () => {
  anna = await createStaff('editor', 'Anna Andersen');
});

test.afterAll(async ({ playwright }) => {
  await deleteTestArticles(playwright, test.info().project.use.baseURL, [...created]);
});

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
const saved = (page: Page) => page.getByRole('status').filter({ hasText: /Gemt kl\./ });
const stored = (id: number) =>
  queryTestDb<{ title: string; lead: string; body: string; version: number }>(
    'SELECT title, lead, body, version FROM articles WHERE id = ?',
    id,
  )[0]!;

/** Anna's page, logged in through the form, with a new draft of hers open; the shared editor opens it too. */
async function twoEditors(browser: Browser, pageB: Page, body: string) {
  const pageA = await (await browser.newContext()).newPage();
  await logIn(pageA, anna);
  const id = await new ArticleEditor(pageA).createDraft({ title: `Fletteartikel ${unique()}`, body });
  created.add(id);
  await new ArticleEditor(pageB).open(id);
  return { id, pageA, editorA: new ArticleEditor(pageA), editorB: new ArticleEditor(pageB) };
}

test('two editors change different fields of one article and both changes survive', async ({
  browser,
  editorPage: pageB,
}) => {
  const { id, pageA, editorA, editorB } = await twoEditors(browser, pageB, 'Første afsnit.\n\nAndet afsnit.');

  // Anna changes the lead and saves; the shared editor, still on the version before, adds a paragraph.
  await editorA.fill({ lead: 'Annas nye manchet.' });
  await editorA.save();
  await expect(saved(pageA)).toBeVisible({ timeout: 15_000 });
  await editorB.fill({ body: 'Første afsnit.\n\nAndet afsnit.\n\nEt nyt tredje afsnit.' });
  await editorB.save();

  await expect(saved(pageB)).toBeVisible({ timeout: 15_000 });
  await expect(pageB.getByRole('status').filter({ hasText: 'Gemt og flettet' })).toContainText(
    'Anna Andersen havde imens ændret Manchet',
  );
  // Her lead is in the form now, with his paragraph; nothing offers to throw anything away.
  await expect(pageB.getByLabel('Manchet')).toHaveValue('Annas nye manchet.');
  await expect(pageB.getByLabel('Brødtekst (Markdown)')).toHaveValue(/Et nyt tredje afsnit\.$/);
  await expect(pageB.getByRole('button', { name: /Overskriv/ })).toHaveCount(0);
  expect(stored(id)).toMatchObject({
    lead: 'Annas nye manchet.',
    body: 'Første afsnit.\n\nAndet afsnit.\n\nEt nyt tredje afsnit.',
    version: 3,
  });
  const [entry] = queryTestDb<{ details: string }>(
    "SELECT details FROM audit_log WHERE action = 'article.save' AND entity_id = ? ORDER BY id DESC LIMIT 1",
    id,
  );
  expect(JSON.parse(entry!.details)).toMatchObject({ version: 3, merged: { baseVersion: 1, fields: ['lead'] } });

  // And he saves on from the merged version, without a conflict.
  await editorB.fill({ title: `Fletteartikel, rettet ${unique()}` });
  await editorB.save();
  await expect.poll(() => stored(id).version).toBe(4);
  expect(stored(id).lead).toBe('Annas nye manchet.');
  await pageA.context().close();
});

test('two editors change the same fields: the conflict is shown field by field and settled by a choice', async ({
  browser,
  editorPage: pageB,
}) => {
  const { id, pageA, editorA, editorB } = await twoEditors(
    browser,
    pageB,
    'Første afsnit.\n\nAndet afsnit.\n\nTredje afsnit.',
  );

  // Anna changes the title, the lead and the first paragraph.
  await editorA.fill({
    title: 'Annas overskrift',
    lead: 'Annas manchet.',
    body: 'Første afsnit, som Anna skrev det.\n\nAndet afsnit.\n\nTredje afsnit.',
  });
  await editorA.save();
  await expect(saved(pageA)).toBeVisible({ timeout: 15_000 });

  // The shared editor changes the title too, and the first and last paragraphs.
  await editorB.fill({
    title: 'Redaktørens overskrift',
    body: 'Første afsnit, som redaktøren skrev det.\n\nAndet afsnit.\n\nTredje afsnit, udvidet.',
  });
  await editorB.save();

  const panel = editorB.mergePanel();
  await expect(
    panel.getByRole('heading', { name: /Anna Andersen gemte en nyere version kl\. \d\d\.\d\d/ }),
  ).toBeVisible();
  await expect(panel).toContainText('I har begge ændret Overskrift og Brødtekst');
  // Her address followed her title (a draft created in place keeps deriving it), so it comes in with her lead.
  await expect(panel).toContainText('Anna Andersens ændringer af Adresse, Manchet flettes ind');
  // Side by side: his title and hers; in the body only the paragraph both changed.
  const title = panel.getByRole('group', { name: 'Overskrift' });
  await expect(title).toContainText('Din version');
  await expect(title).toContainText('Redaktørens overskrift');
  await expect(title).toContainText('Anna Andersens version');
  await expect(title).toContainText('Annas overskrift');
  const body = panel.getByRole('group', { name: 'Brødtekst' });
  await expect(body).toContainText('Første afsnit, som redaktøren skrev det.');
  await expect(body).toContainText('Første afsnit, som Anna skrev det.');
  await expect(body).not.toContainText('Tredje afsnit');
  await expect(body.locator('mark').first()).toBeVisible();
  // Nothing is saved yet, and the plain save waits for the choices.
  expect(stored(id).title).toBe('Annas overskrift');
  await expect(pageB.getByRole('button', { name: 'Gem', exact: true })).toBeDisabled();
  await expect(panel.getByRole('button', { name: 'Gem med mine valg' })).toBeDisabled();

  await editorB.chooseInMerge('Overskrift', 'Brug deres');
  await editorB.chooseInMerge('Brødtekst', 'Behold min');
  await editorB.saveMergeChoices();

  await expect(saved(pageB)).toBeVisible({ timeout: 15_000 });
  await expect(panel).toHaveCount(0);
  const expected = {
    title: 'Annas overskrift',
    lead: 'Annas manchet.',
    body: 'Første afsnit, som redaktøren skrev det.\n\nAndet afsnit.\n\nTredje afsnit, udvidet.',
  };
  expect(stored(id)).toMatchObject({ ...expected, version: 3 });
  await expect(pageB.getByLabel('Overskrift')).toHaveValue(expected.title);
  await expect(pageB.getByLabel('Manchet')).toHaveValue(expected.lead);
  await expect(pageB.getByLabel('Brødtekst (Markdown)')).toHaveValue(expected.body);
  await pageA.context().close();
});

test('the editor shows who else has the article open, and the same person’s other window', async ({
  browser,
  editorPage: pageB,
  request,
}) => {
  const { id, pageA } = await twoEditors(browser, pageB, 'Tekst.');
  // Anna opened the article first; her editor learns of the shared editor at its next heartbeat.
  const presence = (page: Page) => page.getByRole('status').filter({ hasText: 'artiklen åben' });
  await expect(presence(pageB)).toHaveText('Anna Andersen har også artiklen åben.');
  await expect(presence(pageA)).toHaveText('Delt Redaktør har også artiklen åben.', { timeout: 25_000 });

  // The shared editor opens it in a second window as well.
  const pageB2 = await pageB.context().newPage();
  await new ArticleEditor(pageB2).open(id);
  await expect(presence(pageB2)).toHaveText(
    'Anna Andersen har også artiklen åben, og du har den åben i et andet vindue.',
  );

  // Anna leaves the editor: her window says goodbye, and the others stop naming her.
  await pageA.goto('/admin');
  await expect(presence(pageB2)).toHaveText('Du har også artiklen åben i et andet vindue.', { timeout: 25_000 });
  await pageB2.close();
  await pageA.context().close();

  // Presence is for staff, from our own pages.
  const beat = { articleId: id, tabId: 'abcdefgh12345678' };
  expect((await request.post('/api/presence', { data: beat })).status()).toBe(401);
  const foreign = await pageB.request.post('/api/presence', { data: beat, headers: { Origin: 'https://example.org' } });
  expect(foreign.status()).toBe(403);
  const bad = await pageB.request.post('/api/presence', { data: { articleId: 'x', tabId: '1' } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toBe('Angiv artiklens nummer og vinduets id.');
  const unknown = await pageB.request.post('/api/presence', { data: { ...beat, articleId: 999_999_999 } });
  expect(unknown.status()).toBe(404);
});
