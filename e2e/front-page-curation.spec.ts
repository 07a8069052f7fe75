import type { Browser, Page } from '@playwright/test';

import { openTestDb, queryTestDb, revalidate } from './fixtures';
import { ArticleEditor } from './pages/article-editor';
import { expect, test } from './sessions';
import { createStaff, logIn, type Staff } from './staff';

// Editors decide the front page's lead and the order of the top stories; everything else fills in by itself.
// The stories use the shared accounts' saved sessions (e2e/sessions.ts), except an editor whose name the page shows.
test.describe.configure({ mode: 'serial', timeout: 60_000 });

const created = new Set<number>();

/** The n-th newest published news article (0 = newest). */
function newsArticle(n: number) {
  return queryTestDb<{ id: number; title: string }>(
    `SELECT id, title FROM articles WHERE status = 'published' AND kind = 'news' ORDER BY published_at DESC, id DESC LIMIT 1 OFFSET ?`,
    n,
  )[0]!;
}

test.afterAll(async ({ playwright }) => {
  const db = openTestDb();
  db.prepare('DELETE FROM front_page_slots').run();
  // Triggers take their search-index entries with them.
  for (const id of created) db.prepare('DELETE FROM articles WHERE id = ?').run(id);
  db.close();
  const request = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  await revalidate(request, ['front-page', 'article-lists', 'tags', ...[...created].map((id) => `article:${id}`)]);
  await request.dispose();
});

/** Logs an editor with an account of their own in through the form, in a new browser context. */
async function ownEditorPage(browser: Browser, staff: Staff): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await logIn(page, staff, '/admin/forside');
  return page;
}

async function pin(page: Page, title: string) {
  await page.getByLabel('Søg i udgivne nyheder').fill(title);
  await page.getByRole('button', { name: `Fastgør »${title}«` }).click();
}

const pinnedTitles = (page: Page) => page.getByRole('region', { name: 'Fastgjorte artikler' }).getByRole('listitem');

test('an editor pins a lead story and orders the top stories, and readers see it at once', async ({
  editorPage: editor,
  page,
}) => {
  await editor.goto('/admin/forside');
  await expect(editor.getByRole('heading', { name: 'Forside', level: 1 })).toBeVisible();
  await expect(editor.getByText('Intet er fastgjort: forsiden viser de nyeste nyheder.')).toBeVisible();

  const third = newsArticle(3);
  const fifth = newsArticle(5);
  await pin(editor, fifth.title);
  await pin(editor, third.title);
  await expect(pinnedTitles(editor)).toHaveCount(2);
  await expect(pinnedTitles(editor).first()).toContainText('Tophistorie');
  await expect(pinnedTitles(editor).first()).toContainText(fifth.title);

  // Reorder with the keyboard: focus "move up" on the second row and press Enter.
  await editor.getByRole('button', { name: `Flyt »${third.title}« op` }).focus();
  await editor.keyboard.press('Enter');
  await expect(pinnedTitles(editor).first()).toContainText(third.title);
  await expect(editor.getByRole('status')).toHaveText('Ændringerne er ikke gemt.');
  await editor.getByRole('button', { name: 'Gem forsiden' }).click();
  await expect(editor.getByRole('status')).toHaveText('Forsiden er gemt.');
  await expect(
    editor.getByRole('region', { name: 'Forsidens top lige nu' }).getByRole('listitem').first(),
  ).toContainText(`${third.title} (tophistorie, fastgjort)`);

  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Tophistorie' }).getByRole('heading')).toHaveText(third.title);
  const top = page.getByRole('region', { name: 'Vigtigste nyheder' }).getByRole('listitem').getByRole('heading');
  await expect(top.first()).toHaveText(fifth.title);
  // The places nobody pinned are filled with the newest news.
  await expect(top.nth(1)).toHaveText(newsArticle(0).title);

  // The audit log records the change.
  const [entry] = queryTestDb<{ action: string; details: string }>(
    `SELECT action, details FROM audit_log WHERE action = 'front-page.update' ORDER BY id DESC LIMIT 1`,
  );
  expect(JSON.parse(entry!.details)).toEqual({ articleIds: [third.id, fifth.id] });
  await editor.context().close();
});

test('an unpublished pinned article drops off the front page by itself', async ({ editorPage: editor, page }) => {
  const article = new ArticleEditor(editor);
  // A fresh article, published and then pinned as the lead.
  const title = `Forsidehistorie ${Date.now().toString(36)}`;
  const id = await article.createDraft({ title, section: 'Nyheder' });
  created.add(id);
  await article.publishNow();
  await expect(editor.getByText('Status: Udgivet')).toBeVisible();

  await editor.goto('/admin/forside');
  await editor
    .getByRole('button', { name: /^Fjern / })
    .first()
    .click();
  await editor
    .getByRole('button', { name: /^Fjern / })
    .first()
    .click();
  await pin(editor, title);
  await editor.getByRole('button', { name: 'Gem forsiden' }).click();
  await expect(editor.getByRole('status')).toHaveText('Forsiden er gemt.');
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Tophistorie' }).getByRole('heading')).toHaveText(title);

  await article.open(id);
  // Taking a story offline is confirmed first; declining changes nothing.
  editor.once('dialog', (dialog) => void dialog.dismiss());
  await editor.getByRole('button', { name: 'Afpublicér' }).click();
  await expect(editor.getByText('Status: Udgivet')).toBeVisible();
  editor.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('forsvinder fra sitet');
    void dialog.accept();
  });
  await editor.getByRole('button', { name: 'Afpublicér' }).click();
  await expect(editor.getByText('Status: Afpubliceret')).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Tophistorie' }).getByRole('heading')).toHaveText(newsArticle(0).title);
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);

  await editor.goto('/admin/forside');
  await expect(pinnedTitles(editor).first()).toContainText('afpubliceret: vises ikke');
  await editor.context().close();
});

test('two editors curating at once: the later save is refused instead of overwriting', async ({
  browser,
  editorPage: second,
}) => {
  // The refusal names the editor who saved first: that one has an account of their own.
  const first = await ownEditorPage(browser, await createStaff('editor', 'Første Redaktør'));
  await second.goto('/admin/forside');
  const article = newsArticle(2);
  await pin(first, article.title);
  await first.getByRole('button', { name: 'Gem forsiden' }).click();
  await expect(first.getByRole('status')).toHaveText('Forsiden er gemt.');

  await pin(second, newsArticle(4).title);
  await second.getByRole('button', { name: 'Gem forsiden' }).click();
  await expect(second.getByRole('status')).toContainText('Første Redaktør ændrede forsiden kl.');
  const stored = queryTestDb<{ article_id: number }>('SELECT article_id FROM front_page_slots ORDER BY position');
  expect(stored.map((row) => row.article_id)).toEqual([article.id]);
  await second.getByRole('button', { name: 'Hent den nyeste version (dine ændringer kasseres)' }).click();
  await expect(pinnedTitles(second).first()).toContainText(article.title);
  await first.context().close();
  await second.context().close();
});

test('writers cannot curate the front page, neither on the page nor by calling the action', async ({
  editorPage: editor,
  writerPage: writer,
}) => {
  await editor.goto('/admin/forside');
  const captured = editor.waitForRequest(
    (request) =>
      request.method() === 'POST' &&
      Boolean(request.headers()['next-action']) &&
      (request.postData() ?? '').startsWith('[['),
  );
  await pin(editor, newsArticle(1).title);
  await editor.getByRole('button', { name: 'Gem forsiden' }).click();
  const request = await captured;
  await expect(editor.getByRole('status')).toHaveText('Forsiden er gemt.');
  const before = queryTestDb('SELECT position, article_id FROM front_page_slots ORDER BY position');

  await writer.goto('/admin/forside');
  await expect(writer.getByRole('heading', { name: 'Ingen adgang' })).toBeVisible();
  await expect(writer.getByRole('link', { name: 'Forside', exact: true })).toHaveCount(0);

  const replay = await writer.request.post(request.url(), {
    headers: {
      'next-action': request.headers()['next-action']!,
      'next-router-state-tree': request.headers()['next-router-state-tree'] ?? '',
      'content-type': 'text/plain;charset=UTF-8',
      accept: 'text/x-component',
    },
    data: JSON.stringify([[newsArticle(6).id], before.map((row) => (row as { article_id: number }).article_id)]),
  });
  expect(replay.status()).toBeLessThan(500);
  expect(await replay.text()).toContain('Du har ikke rettighed til at ændre forsiden.');
  expect(queryTestDb('SELECT position, article_id FROM front_page_slots ORDER BY position')).toEqual(before);
  await writer.context().close();
  await editor.context().close();
});
