import type { APIRequestContext, Page } from '@playwright/test';

import { copenhagenInput, deleteTestArticles, openTestDb } from './fixtures';
import { ArticleEditor } from './pages/article-editor';
import { expect, test } from './sessions';
import { createStaff, logIn } from './staff';
import { actionRecorder, callAction, recordAction } from './server-actions';
import { emptyArticleContent } from '../domain/article/content';

// The newsroom's working day: drafting, review, scheduling, conflicts, history and preview.
// Stories log in with the shared accounts' saved sessions (e2e/sessions.ts); a story that checks what one named
// person did creates that person's account and logs in through the form.
// Several browser contexts and real saves per story: give them room on a loaded 2-core machine.
test.describe.configure({ mode: 'serial', timeout: 60_000 });

// Articles these stories create are deleted afterwards, so published test articles don't become the front
// page's lead story for the specs that run later.
const created = new Set<number>();

test.afterAll(async ({ playwright }) => {
  await deleteTestArticles(playwright, test.info().project.use.baseURL, [...created]);
});

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

async function newDraft(page: Page, title: string, body?: string) {
  const id = await new ArticleEditor(page).createDraft({ title, body });
  created.add(id);
  return id;
}

function articleRow(id: number) {
  const db = openTestDb();
  try {
    return db
      .prepare('SELECT status, slug, version, published_at AS publishedAt FROM articles WHERE id = ?')
      .get(id) as {
      status: string;
      slug: string;
      version: number;
      publishedAt: string | null;
    };
  } finally {
    db.close();
  }
}

test('a writer drafts an article, sees it autosaved and sends it to the desk, but cannot publish', async ({
  writerPage: page,
}) => {
  const title = `Kommuner skifter mailsystem ${unique()}`;
  const id = await newDraft(page, title);
  await expect(page.getByLabel('Adresse (slug)')).toHaveValue(/^kommuner-skifter-mailsystem-/);
  await expect(page.getByRole('status').filter({ hasText: /Gemt kl\. \d\d\.\d\d/ })).toBeVisible({ timeout: 15_000 });

  // Autosave: a change shows "Ikke gemt", then "Gemt kl. …" without pressing anything.
  await page
    .getByLabel('Brødtekst (Markdown)')
    .fill('Første afsnit.\n\n## Mellemrubrik\n\nAndet afsnit om æbler, øl og ål.');
  await expect(page.getByText('Ikke gemt')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Gemt kl\./ })).toBeVisible({ timeout: 15_000 });
  expect(articleRow(id).version).toBeGreaterThan(1);
  // The live preview renders the body with the public page's code.
  await expect(
    page.getByRole('region', { name: 'Levende visning' }).getByRole('heading', { name: 'Mellemrubrik' }),
  ).toBeVisible();

  await expect(page.getByRole('button', { name: 'Udgiv nu' })).toHaveCount(0);
  await new ArticleEditor(page).sendToDesk();
  await expect(page.getByText('Status: Til redigering')).toBeVisible();
  expect(articleRow(id).status).toBe('review');
  // Once submitted, the writer can no longer change it.
  await expect(page.getByLabel('Overskrift')).toBeDisabled();
});

test('the article list finds an article by title, status, section and author, sorts and pages', async ({ page }) => {
  const editor = await createStaff('editor', 'Liste Lund');
  await logIn(page, editor);
  const title = `Listeartikel om fiberkabler ${unique()}`;
  const id = await newDraft(page, title);
  const db = openTestDb();
  const author = db
    .prepare('SELECT name FROM authors JOIN article_authors ON author_id = authors.id WHERE article_id = ?')
    .get(id) as { name: string };
  db.close();

  await page.goto('/admin');
  await page.getByLabel('Søg i titler').fill('listeartikel om FIBER');
  await page.getByLabel('Status').selectOption({ label: 'Kladde' });
  await page.getByLabel('Sektion').selectOption({ label: 'Sikkerhed' });
  await page.getByRole('button', { name: 'Vis' }).click();
  await expect(page).toHaveURL(/status=draft/);
  const table = page.getByRole('table', { name: 'Artikler' });
  const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: title }) });
  await expect(row).toContainText('Kladde');
  await expect(row).toContainText('af Liste Lund');
  await expect(row).toContainText(author.name);

  // The author filter keeps it; another section hides it, and the filters stay filled in.
  await page.getByLabel('Skribent').selectOption({ label: author.name });
  await page.getByRole('button', { name: 'Vis' }).click();
  await expect(page).toHaveURL(/skribent=/);
  await expect(row).toBeVisible();
  await page.getByLabel('Sektion').selectOption({ label: 'Cloud' });
  await page.getByRole('button', { name: 'Vis' }).click();
  await expect(page.getByText('Ingen artikler matcher filtrene.')).toBeVisible();
  await expect(page.getByLabel('Søg i titler')).toHaveValue('listeartikel om FIBER');

  // Published articles by title, A to Z, page by page; the filters survive paging.
  await page.goto('/admin?status=published&sorter=titel&retning=stigende');
  const titles = await page
    .getByRole('table', { name: 'Artikler' })
    .getByRole('row')
    .locator('td:first-child a')
    .allTextContents();
  expect(titles).toHaveLength(25);
  expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  await page.getByRole('navigation', { name: 'Sider' }).getByRole('link', { name: 'Side 2' }).click();
  await expect(page).toHaveURL(/side=2/);
  await expect(page).toHaveURL(/status=published/);
  const next = await page
    .getByRole('table', { name: 'Artikler' })
    .getByRole('row')
    .locator('td:first-child a')
    .allTextContents();
  expect(next[0]! >= titles.at(-1)!).toBe(true);
  await expect(page.getByRole('table', { name: 'Artikler' }).getByText('Kladde', { exact: true })).toHaveCount(0);
});

test('object built-ins in the list filters are ignored like any unknown value, never a server error', async ({
  writerPage: page,
}) => {
  for (const hostile of ['__proto__', 'constructor', 'toString']) {
    for (const query of [`sorter=${hostile}`, `status=${hostile}`, `sektion=${hostile}`]) {
      const response = await page.goto(`/admin?${query}`);
      expect(response?.status(), query).toBe(200);
      await expect(page.getByRole('heading', { level: 1, name: 'Artikler' })).toBeVisible();
      await expect(page.getByLabel('Sortér efter')).toHaveValue('opdateret');
    }
  }
  const audit = await page.request.get('/admin/revisionslog?handling=__proto__');
  expect(audit.status()).toBeLessThan(500);
});

test('the editor guards typed work: leaving asks first, Enter adds a tag, addresses are made valid, a schedule needs a time', async ({
  editorPage: page,
}) => {
  const article = new ArticleEditor(page);
  await article.openNew();
  const title = `Ulagret artikel ${unique()}`;
  await article.fill({ title });

  // Following the admin's own menu with unsaved text asks first; declining keeps the page and the text.
  const menu = page.getByRole('navigation', { name: 'Redaktionens menu' });
  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await menu.getByRole('link', { name: 'Artikler', exact: true }).click();
  await expect.poll(() => asked).toContain('ikke er gemt');
  // Still in the editor (by now perhaps under the draft's own address: it is created at the first pause).
  await expect(page).toHaveURL(/\/admin\/artikler\/(ny|\d+)$/);
  await expect(page.getByLabel('Overskrift')).toHaveValue(title);

  // Enter in the tag field adds the tag instead of submitting the article.
  await page.getByLabel('Tilføj emne').fill('Kunstig intelligens');
  await page.getByLabel('Tilføj emne').press('Enter');
  await expect(page.getByRole('button', { name: 'Fjern emnet Kunstig intelligens' })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/artikler\/(ny|\d+)$/);

  // A typed address becomes a valid one when the field is left.
  await page.getByLabel('Adresse (slug)').fill(`Min Artikel æøå ${unique()}`);
  await page.getByLabel('Manchet').focus();
  await expect(page.getByLabel('Adresse (slug)')).toHaveValue(/^min-artikel-aeoeaa-[a-z0-9]+$/);

  await article.fill({ lead: 'En manchet.' });
  await article.addFirstAuthor();
  created.add(await article.create());
  await expect(page.getByRole('button', { name: 'Fjern emnet Kunstig intelligens' })).toBeVisible();

  // Scheduling without a time explains what is missing; the editor stays.
  await page.getByRole('button', { name: 'Planlæg udgivelse' }).click();
  await expect(page.getByText('Vælg tidspunktet for udgivelsen.')).toBeVisible();
  await expect(page.getByText('Status: Kladde')).toBeVisible();

  // Saved work leaves without a question.
  page.once('dialog', (dialog) => {
    asked = `unexpected: ${dialog.message()}`;
    void dialog.dismiss();
  });
  asked = '';
  await menu.getByRole('link', { name: 'Artikler', exact: true }).click();
  await page.waitForURL(/\/admin$/);
  expect(asked).toBe('');
  page.removeAllListeners('dialog');

  // Widget forms ask too.
  await page.goto('/admin/job/ny');
  await page.getByLabel('Titel').fill('Ulagret stilling');
  page.once('dialog', (dialog) => void dialog.dismiss());
  await menu.getByRole('link', { name: 'Artikler', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/job\/ny$/);
  await expect(page.getByLabel('Titel')).toHaveValue('Ulagret stilling');
});

test('an editor schedules an article and it goes live by itself; the public site shows it', async ({
  editorPage: page,
  request,
}) => {
  // The scheduled time lies ahead and the scheduler runs every 10 s: allow for both.
  test.setTimeout(150_000);
  const title = `Planlagt nyhed om datacentre ${unique()}`;
  const id = await newDraft(page, title);
  const slug = articleRow(id).slug;
  expect((await request.get(`/sikkerhed/${slug}`)).status()).toBe(404);

  // The next whole minute at least 10 seconds ahead, in Copenhagen time, typed as a Danish date and a 24-hour time.
  const at = Math.ceil((Date.now() + 10_000) / 60_000) * 60_000;
  const local = copenhagenInput(at - Date.now());
  await new ArticleEditor(page).scheduleAt(local);
  await expect(page.getByText('Status: Planlagt')).toBeVisible();
  expect(articleRow(id).status).toBe('scheduled');
  // The very minute typed, read as Copenhagen time whatever the browser's own time zone.
  const planned = new Intl.DateTimeFormat('da-DK', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Copenhagen',
  }).format(new Date(at));
  await expect(page.getByText(`Planlagt til ${planned}.`)).toBeVisible();

  // No one touches anything: the scheduler publishes it within its interval after the time.
  await expect
    .poll(async () => (await request.get(`/sikkerhed/${slug}`)).status(), { timeout: 100_000, intervals: [2_000] })
    .toBe(200);
  expect(articleRow(id).status).toBe('published');
  const front = await (await request.get('/')).text();
  expect(front).toContain(title);
});

test('a save based on an older version never overwrites what a colleague changed', async ({
  browser,
  editorPage: pageB,
}) => {
  // Anna has an account of her own; the second is the shared editor. (Merges and conflicts in full:
  // e2e/newsroom-merge.spec.ts.)
  const anna = await createStaff('editor', 'Anna Andersen');
  const pageA = await (await browser.newContext()).newPage();
  const [editorA, editorB] = [new ArticleEditor(pageA), new ArticleEditor(pageB)];
  await logIn(pageA, anna);
  const id = await newDraft(pageA, `Konfliktartikel ${unique()}`);
  await editorB.open(id);
  await editorA.open(id);

  await editorA.fill({ lead: 'Annas manchet.' });
  await editorA.save();
  await expect(pageA.getByRole('status').filter({ hasText: /Gemt kl\./ })).toBeVisible({ timeout: 15_000 });

  // Bo changes the body and the lead: the lead collides with Anna's, so nothing is saved and his text stays.
  const bosText = 'Bos lange brødtekst, som ikke må gå tabt.';
  await editorB.fill({ lead: 'Bos manchet.', body: bosText });
  await editorB.save();
  await expect(
    pageB.getByRole('heading', { name: /Anna Andersen gemte en nyere version kl\. \d\d\.\d\d/ }),
  ).toBeVisible();
  await expect(pageB.getByLabel('Brødtekst (Markdown)')).toHaveValue(bosText);
  const db = openTestDb();
  const stored = () =>
    db.prepare('SELECT lead, body FROM articles WHERE id = ?').get(id) as { lead: string; body: string };
  expect(stored().lead).toBe('Annas manchet.');
  expect(stored().body).not.toBe(bosText);

  // Keeping his lead saves his whole version, and his body (which Anna did not touch) with it.
  await editorB.chooseInMerge('Manchet', 'Behold min');
  await editorB.saveMergeChoices();
  await expect(pageB.getByRole('status').filter({ hasText: /Gemt kl\./ })).toBeVisible({ timeout: 15_000 });
  expect(stored()).toEqual({ lead: 'Bos manchet.', body: bosText });
  db.close();
});

test('the history shows what changed between versions, and a restore makes a new version without publishing', async ({
  editorPage: page,
}) => {
  const article = new ArticleEditor(page);
  const id = await newDraft(page, `Historikartikel ${unique()}`, 'Den oprindelige formulering.');
  await article.fill({ body: 'Den nye formulering.' });
  await article.save();
  await expect(page.getByRole('status').filter({ hasText: /Gemt kl\./ })).toBeVisible({ timeout: 15_000 });

  await page.getByRole('link', { name: 'Historik' }).click();
  const changes = page.getByRole('region', { name: /Forskelle fra version 1 til version 2/ });
  await expect(changes.locator('del')).toContainText('oprindelige');
  await expect(changes.locator('ins')).toContainText('nye');

  await page.getByRole('button', { name: 'Gendan version 1' }).click();
  await page.waitForURL(new RegExp(`/admin/artikler/${id}$`));
  await expect(page.getByLabel('Brødtekst (Markdown)')).toHaveValue('Den oprindelige formulering.');
  const row = articleRow(id);
  expect(row.version).toBe(3);
  expect(row.status).toBe('draft');
});

test('preview shows a draft as readers will see it, to staff only', async ({ writerPage: page, browser }) => {
  const title = `Forhåndsvist kladde ${unique()}`;
  const id = await newDraft(page, title);
  const response = await page.goto(`/admin/forhaandsvisning/${id}`);
  expect(response?.headers()['cache-control']).toBe('private, no-store');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);

  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto(`/admin/forhaandsvisning/${id}`);
  await expect(anonymous).toHaveURL(/\/admin\/login/);
});

test('calling the server actions directly changes nothing without the right role', async ({
  writerPage: page,
  browser,
}) => {
  const id = await newDraft(page, `Direkte kald ${unique()}`);

  // Capture the real transition action request the writer's "Send til redigering" button makes ...
  const action = await recordAction(page, () => new ArticleEditor(page).sendToDesk());
  await expect(page.getByText('Status: Til redigering')).toBeVisible();
  const replay = (body: unknown[], caller: { request: APIRequestContext } = page) => callAction(caller, action, body);

  // ... and replay it as "publish" and "unpublish": the writer is refused and the article stays in review.
  for (const transition of ['publish', 'schedule', 'unpublish', 'back-to-draft']) {
    const response = await replay([id, transition, new Date(Date.now() + 3600_000).toISOString()]);
    expect(response.status()).toBeLessThan(500);
    expect(await response.text()).toContain('Du har ikke rettighed til at gøre det.');
    expect(articleRow(id).status).toBe('review');
  }

  // Anonymous callers get nothing either (proxy.ts sends them to the login; the action would refuse them too).
  const anonymous = await browser.newContext();
  const response = await replay([id, 'publish'], anonymous);
  expect(await response.text()).not.toContain('"ok":true');
  expect(articleRow(id).status).toBe('review');
  await anonymous.close();
});

test('the role matrix holds when every editor action is called directly by a writer or an anonymous visitor', async ({
  browser,
  editorPage,
  writerPage,
}) => {
  const article = new ArticleEditor(editorPage);

  // The editor uses each action once; the requests their buttons make are recorded.
  const { actions, record } = actionRecorder(editorPage);
  const title = `Matrixartikel ${unique()}`;
  await article.openNew();
  // A new article is created as a draft at the first pause after its title is typed.
  await record('create', () => article.fill({ title, section: 'Sikkerhed' }));
  const id = await article.createdId();
  created.add(id);
  await expect(article.saveStatus).toHaveText(/^Gemt kl\./, { timeout: 15_000 });
  await article.fill({ lead: 'Redaktørens manchet.', body: 'Redaktørens brødtekst.' });
  await article.addFirstAuthor();
  await record('save', () => article.save());
  await expect(editorPage.getByRole('status').filter({ hasText: /Gemt kl\./ })).toBeVisible({ timeout: 15_000 });
  await record('transition', () => article.publishNow());
  await expect(editorPage.getByText('Status: Udgivet')).toBeVisible();
  await article.fillCorrection('En rettelse fra redaktionen.');
  await record('correction', () => article.submitCorrection());
  await expect(editorPage.getByText('Rettelsen er tilføjet og vises på artiklen.')).toBeVisible();

  // Deleting a second, throwaway article records the delete action.
  await article.openNew();
  await article.fill({ title: `Slettes ${unique()}` });
  await article.create();
  editorPage.once('dialog', (dialog) => void dialog.accept());
  await record('delete', () => editorPage.getByRole('button', { name: 'Slet artikel' }).click());
  await editorPage.waitForURL(/\/admin$/);

  const snapshot = () => {
    const db = openTestDb();
    try {
      return db
        .prepare(
          `SELECT a.status, a.version, a.lead, (SELECT count(*) FROM article_corrections c WHERE c.article_id = a.id) AS corrections
           FROM articles a WHERE a.id = ?`,
        )
        .get(id);
    } finally {
      db.close();
    }
  };
  const before = snapshot();

  const content = {
    ...emptyArticleContent(2),
    title: 'Overtaget',
    slug: `overtaget-${id}`,
    lead: 'Skrevet af en uvedkommende.',
  };
  const calls: [string, unknown[]][] = [
    ['save', [id, 0, content]],
    ['save', [id, 0, content, { changeSlug: true }]],
    ['transition', [id, 'unpublish']],
    ['transition', [id, 'back-to-draft']],
    ['correction', [id, 'En falsk rettelse fra en journalist.']],
    ['delete', [id]],
  ];

  const writerContext = writerPage.context();
  const anonymous = await browser.newContext();
  for (const context of [writerContext, anonymous]) {
    for (const [name, args] of calls) {
      const response = await callAction(context, actions.get(name)!, args);
      expect(response.status(), `${name} ${JSON.stringify(args)}`).toBeLessThan(500);
      expect(await response.text(), name).not.toContain('"ok":true');
      expect(snapshot(), `${name} ${JSON.stringify(args)}`).toEqual(before);
    }
  }
  // A writer may create drafts (their own); an anonymous visitor may not.
  await callAction(anonymous, actions.get('create')!, [{ ...content, slug: `anonym-${id}` }]);
  const db = openTestDb();
  // Looked up by its slug and title, not by counting rows: other spec files may create articles meanwhile.
  const intruder = db.prepare("SELECT id FROM articles WHERE slug = ? OR title = 'Overtaget'").get(`anonym-${id}`);
  db.close();
  expect(intruder).toBeUndefined();
  await writerContext.close();
  await anonymous.close();
});

test('an editor publishes, then adds a dated correction that readers see at once', async ({
  editorPage: page,
  request,
}) => {
  const article = new ArticleEditor(page);
  const title = `Rettet artikel ${unique()}`;
  const id = await newDraft(page, title);
  await article.publishNow();
  await expect(page.getByText('Status: Udgivet')).toBeVisible();
  const path = `/sikkerhed/${articleRow(id).slug}`;
  expect((await request.get(path)).status()).toBe(200);

  await article.addCorrection('Artiklen nævnte fejlagtigt, at angrebet skete i 2024.');
  await expect(page.getByText('Rettelsen er tilføjet og vises på artiklen.')).toBeVisible();

  const reader = await page.context().browser()!.newPage();
  await reader.goto(path);
  const box = reader.getByRole('region', { name: 'Rettelser' });
  await expect(box).toContainText('Artiklen nævnte fejlagtigt, at angrebet skete i 2024.');
  await expect(box.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
  await reader.close();
});
