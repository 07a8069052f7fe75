import AxeBuilder from '@axe-core/playwright';

import { deleteTestArticles, queryTestDb, runTestDb } from './fixtures';
import { ArticleEditor } from './pages/article-editor';
import { expect, test } from './sessions';
import { callAction, recordAction } from './server-actions';

// Publishing and saving as the desk does it: the publish check in the confirmation dialog and on the server, a new
// article saved as a draft as soon as it has a title, Ctrl+S, and "Opdateret" only when the editor says so.
test.describe.configure({ mode: 'serial', timeout: 60_000 });

const created = new Set<number>();

test.afterAll(async ({ playwright }) => {
  await deleteTestArticles(playwright, test.info().project.use.baseURL, [...created]);
});

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

type Row = { status: string; slug: string; title: string; lead: string; published_at: string | null };
const row = (id: number) =>
  queryTestDb<Row>('SELECT status, slug, title, lead, published_at FROM articles WHERE id = ?', id)[0]!;

test('an article with only a title cannot be published: the dialog lists what is missing, and so does the server', async ({
  editorPage: page,
}) => {
  const editor = new ArticleEditor(page);
  await editor.openNew();
  await editor.fill({ title: `Kun en overskrift ${unique()}` });
  const id = await editor.create();
  created.add(id);

  await editor.openPublishCheck();
  const dialog = editor.publishDialog;
  const blocking = dialog.getByRole('region', { name: 'Skal rettes før udgivelse' });
  for (const missing of ['Artiklen mangler en manchet.', 'Artiklen mangler brødtekst.', 'Tilføj mindst én skribent.'])
    await expect(blocking.getByRole('listitem').filter({ hasText: missing })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Bekræft udgivelse' })).toBeDisabled();
  const axe = await new AxeBuilder({ page })
    .include('dialog')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // "Gå til feltet" closes the dialog and puts the cursor in the field.
  await blocking
    .getByRole('listitem')
    .filter({ hasText: 'Artiklen mangler en manchet.' })
    .getByRole('button', { name: 'Gå til feltet' })
    .click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Manchet')).toBeFocused();

  // Escape closes it too, and the focus goes back to "Udgiv nu".
  await editor.openPublishCheck();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Udgiv nu' })).toBeFocused();
  expect(row(id).status).toBe('draft');

  // Called directly, as a tampered page would, the transition action refuses and lists the same.
  const action = await recordAction(page, () => editor.sendToDesk());
  await expect(page.getByText('Status: Til redigering')).toBeVisible();
  for (const args of [
    [id, 'publish'],
    [id, 'schedule', new Date(Date.now() + 3_600_000).toISOString()],
  ]) {
    const response = await callAction(page, action, args);
    expect(response.status()).toBeLessThan(500);
    const text = await response.text();
    expect(text).toMatch(/Artiklen kan ikke (udgives|planlægges) endnu\. Ret først:/);
    expect(text).toContain('Artiklen mangler en manchet.');
    expect(text).toContain('Tilføj mindst én skribent.');
    expect(row(id)).toMatchObject({ status: 'review', published_at: null });
  }
});

test('a complete article is published through the dialog, with advice shown but not in the way', async ({
  editorPage: page,
  request,
}) => {
  const editor = new ArticleEditor(page);
  const title = `Kommunerne får fælles mailsystem ${unique()}`;
  const id = await editor.createDraft({ title });
  created.add(id);

  await editor.openPublishCheck();
  const dialog = editor.publishDialog;
  await expect(dialog).toContainText('Alt, hvad en udgivet artikel skal have, er på plads.');
  const advice = dialog.getByRole('region', { name: 'Råd – du kan udgive alligevel' });
  await expect(advice).toContainText('Artiklen har ingen emner.');
  await expect(advice).toContainText('Brødteksten er kun 4 ord');
  await expect(advice).toContainText('Artiklen har ingen relaterede artikler');
  await expect(advice).toContainText('Manchetten bruges som SEO-beskrivelse og er kun 25 tegn');
  // Nothing blocks, so the confirmation has the focus.
  await expect(dialog.getByRole('button', { name: 'Bekræft udgivelse' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Bekræft udgivelse' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Status: Udgivet')).toBeVisible();
  expect(row(id).status).toBe('published');
  expect((await request.get(`/sikkerhed/${row(id).slug}`)).status()).toBe(200);
});

test('a new article is saved as a draft once a title is typed, without leaving the field', async ({
  editorPage: page,
}) => {
  const editor = new ArticleEditor(page);
  await editor.openNew();
  const stamp = unique();
  const title = page.getByLabel('Overskrift');
  await title.pressSequentially(`Autogemt ${stamp}`);
  // The first pause creates the draft; the address becomes the article's own without reloading.
  const id = await editor.createdId();
  created.add(id);
  expect(row(id)).toMatchObject({ status: 'draft', title: `Autogemt ${stamp}` });
  await expect(title).toBeFocused();
  // Typing on goes on in the same field, and is autosaved like any draft.
  // Slowly, so the typing spans the moment Next re-renders the page for the new address.
  await page.keyboard.type(' om datacentre', { delay: 120 });
  await expect(title).toHaveValue(`Autogemt ${stamp} om datacentre`);
  await expect.poll(() => row(id).title, { timeout: 15_000 }).toBe(`Autogemt ${stamp} om datacentre`);
  await expect(editor.saveStatus).toHaveText(/^Gemt kl\./);
  // Nothing was created twice.
  expect(queryTestDb('SELECT id FROM articles WHERE title LIKE ?', `Autogemt ${stamp}%`)).toHaveLength(1);
});

test('Ctrl+S saves a draft at once and a published article too, instead of the browser’s save dialog', async ({
  editorPage: page,
}) => {
  const editor = new ArticleEditor(page);
  const id = await editor.createDraft({ title: `Gemt med tastaturet ${unique()}` });
  created.add(id);
  // Whether the browser's default (saving the page) was prevented, read once every listener has run.
  await page.evaluate(() =>
    window.addEventListener('keydown', (event) => {
      if (event.key === 's')
        window.setTimeout(() => (document.body.dataset.savePrevented = String(event.defaultPrevented)));
    }),
  );

  await page.getByLabel('Manchet').fill('Kladdens nye manchet.');
  await expect(editor.saveStatus).toHaveText('Ikke gemt');
  // Sooner than the draft's autosave (4 s after the last change) would.
  const saved = page.waitForRequest((request) => Boolean(request.headers()['next-action']), { timeout: 2_500 });
  await page.keyboard.press('Control+s');
  await saved;
  await expect(editor.saveStatus).toHaveText(/^Gemt kl\./);
  expect(row(id).lead).toBe('Kladdens nye manchet.');
  expect(await page.evaluate(() => document.body.dataset.savePrevented)).toBe('true');

  // A published article is not autosaved: "Opdater" or Ctrl+S.
  await editor.publishNow();
  await expect(page.getByText('Status: Udgivet')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Opdater' })).toBeVisible();
  await page.getByLabel('Manchet').fill('Den udgivne artikels manchet.');
  await expect(editor.saveStatus).toHaveText('Ikke gemt');
  await page.keyboard.press('Control+s');
  await expect(editor.saveStatus).toHaveText(/^Gemt kl\./);
  expect(row(id).lead).toBe('Den udgivne artikels manchet.');
});

test('a typo fix after publication does not show "Opdateret" to readers; ticking "Markér som opdateret" does', async ({
  editorPage: page,
  browser,
}) => {
  const editor = new ArticleEditor(page);
  const id = await editor.createDraft({
    title: `Stavefejl eller nyhed ${unique()}`,
    body: 'Første afsnit med en stavefjel.',
  });
  created.add(id);
  await editor.publishNow();
  await expect(page.getByText('Status: Udgivet')).toBeVisible();
  const path = `/sikkerhed/${row(id).slug}`;
  // Published two hours ago, so a later save is well past the time a change used to count as an update by itself.
  runTestDb(
    'UPDATE articles SET published_at = ? WHERE id = ?',
    new Date(Date.now() - 2 * 3_600_000).toISOString(),
    id,
  );

  const reader = await (await browser.newContext()).newPage();
  const article = reader.getByRole('article').filter({ has: reader.getByRole('heading', { level: 1 }) });
  const modified = async () => {
    const texts = await reader.locator('script[type="application/ld+json"]').allTextContents();
    const data = texts.map((text) => JSON.parse(text)).find((entry) => entry['@type'] === 'NewsArticle');
    return [data.datePublished, data.dateModified] as [string, string];
  };

  // A silent fix: the text changes for readers, "Opdateret" does not appear and dateModified stays.
  await page.getByLabel('Brødtekst (Markdown)').fill('Første afsnit med en stavefejl rettet.');
  await editor.save();
  await expect(editor.saveStatus).toHaveText(/^Gemt kl\./);
  await reader.goto(path);
  await expect(article).toContainText('stavefejl rettet');
  await expect(article.getByText(/^Opdateret/)).toHaveCount(0);
  const [published, unchanged] = await modified();
  expect(unchanged).toBe(published);

  // A real update, marked as such: readers see "Opdateret" with its time.
  await page.getByLabel('Brødtekst (Markdown)').fill('Første afsnit. Nyt: kommunen har svaret.');
  await page.getByRole('checkbox', { name: 'Markér som opdateret' }).check();
  await editor.save();
  await expect(editor.saveStatus).toHaveText(/^Opdateret kl\. \d\d\.\d\d – læserne ser »Opdateret«$/);
  await expect(page.getByRole('checkbox', { name: 'Markér som opdateret' })).not.toBeChecked();
  await reader.reload();
  await expect(article).toContainText('kommunen har svaret');
  await expect(article.getByText(/^Opdateret/)).toBeVisible();
  await expect(article.locator('time').nth(1)).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
  const [, marked] = await modified();
  expect(marked > published).toBe(true);
  await reader.context().close();
});
