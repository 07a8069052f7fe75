import type { Page } from '@playwright/test';

import { copenhagenInput, DAY, queryTestDb, revalidate, runTestDb, SEED_ARTICLE_PATH } from './fixtures';
import { CampaignForm, JobForm, PeopleNewsForm } from './pages/widget-forms';
import { expect, logInOnce, test, type StorageState } from './sessions';
import { createStaff } from './staff';
import { actionRecorder, callAction } from './server-actions';

// The newsroom runs the sidebar widgets (jobs, Navnenyt, sponsor campaigns) and readers see each change on their
// next request: no sleeping, no manual cache expiry. Writers get no access, not even by calling the actions.
// The audit log story looks for the widget editor by name, so the editor has an account of its own, logged in through
// the form once for the whole file; the writer and the admin are the shared accounts (e2e/sessions.ts).

test.describe.configure({ mode: 'serial', timeout: 90_000 });

const MARK = `w${Date.now().toString(36)}`;
const unique = () => `${MARK}${Math.floor(Math.random() * 100_000)}`;

const auditActions = (entityType: string, id: number) =>
  queryTestDb<{ action: string }>(
    'SELECT action FROM audit_log WHERE entity_type = ? AND entity_id = ? ORDER BY id',
    entityType,
    id,
  ).map((row) => row.action);

// The seed's DE-CIX campaign is edited below; other specs expect it running, so it is put back afterwards.
let seedCampaign: { id: number; article_id: number; starts_at: string; ends_at: string; logo_id: number | null };

test.beforeAll(() => {
  seedCampaign = queryTestDb<typeof seedCampaign>(
    'SELECT id, article_id, starts_at, ends_at, logo_id FROM sponsor_campaigns ORDER BY id LIMIT 1',
  )[0]!;
});

test.afterAll(async ({ playwright }) => {
  const like = `%${MARK}%`;
  runTestDb('DELETE FROM jobs WHERE title LIKE ?', like);
  runTestDb('DELETE FROM people_news WHERE name LIKE ?', like);
  runTestDb('DELETE FROM companies WHERE name LIKE ?', like);
  runTestDb('DELETE FROM sponsor_campaigns WHERE id != ?', seedCampaign.id);
  runTestDb(
    'UPDATE sponsor_campaigns SET starts_at = ?, ends_at = ?, logo_id = ? WHERE id = ?',
    seedCampaign.starts_at,
    seedCampaign.ends_at,
    seedCampaign.logo_id,
    seedCampaign.id,
  );
  const request = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  await revalidate(request, ['jobs', 'people-news', 'companies', 'sponsor-campaigns']);
  await request.dispose();
});

const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Sidebjælke' });
const acceptDialogs = (page: Page) => page.on('dialog', (dialog) => void dialog.accept());

let editorSession: StorageState;

test.beforeAll(async ({ browser }) => {
  editorSession = await logInOnce(browser, await createStaff('editor', 'Widget Redaktør'));
});

test('an editor adds, edits, expires and deletes a job; readers see each step on their next request', async ({
  loggedInPage,
  request,
}) => {
  const title = `Platformsudvikler ${unique()}`;
  const page = await loggedInPage(editorSession, '/admin');
  const form = new JobForm(page);
  await page.getByRole('navigation', { name: 'Redaktionens menu' }).getByRole('link', { name: 'Job' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Job' })).toBeVisible();
  await page.getByRole('link', { name: 'Nyt job' }).click();

  await form.fill({
    company: 'KMD A/S',
    title,
    region: 'Aarhus',
    url: 'javascript:alert(1)',
    deadline: '2099-12-31',
    description: 'Kubernetes og Go.',
  });
  await form.create();
  // A Danish message beside the field; nothing typed is lost.
  await expect(page.getByText('Skriv en fuld adresse, der begynder med https:// eller http://.')).toBeVisible();
  await expect(page.getByLabel('Ansøgningsadresse')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Titel')).toHaveValue(title);

  await form.fill({ url: 'https://kmd.dk/job/platform' });
  await form.create();
  await page.waitForURL(/\/admin\/job$/);
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  const [job] = queryTestDb<{ id: number; slug: string; company_id: number | null }>(
    'SELECT id, slug, company_id FROM jobs WHERE title = ?',
    title,
  );
  expect(job!.company_id).not.toBeNull();

  // The article page is served from the route cache: the create expired it.
  await page.goto(SEED_ARTICLE_PATH);
  const jobs = sidebar(page).getByRole('region', { name: 'Job' });
  await expect(jobs.getByRole('listitem').filter({ hasText: title })).toContainText('KMD A/S');
  await page.goto('/');
  await expect(sidebar(page).getByRole('region', { name: 'Job' }).getByRole('link', { name: title })).toBeVisible();

  await page.goto('/admin/job');
  await page.getByRole('link', { name: title }).click();
  await form.fill({ title: `${title} (senior)` });
  await form.save();
  await expect(page.getByRole('status').filter({ hasText: 'Jobbet er gemt.' })).toBeVisible();
  await page.goto(SEED_ARTICLE_PATH);
  await expect(
    sidebar(page)
      .getByRole('region', { name: 'Job' })
      .getByRole('link', { name: `${title} (senior)` }),
  ).toBeVisible();
  const { slug } = queryTestDb<{ slug: string }>('SELECT slug FROM jobs WHERE id = ?', job!.id)[0]!;
  expect((await request.get(`/job/${job!.id}-${slug}`)).status()).toBe(200);

  acceptDialogs(page);
  await form.open(job!.id);
  await form.expire();
  await expect(page.getByRole('status').filter({ hasText: 'Jobbet er afsluttet' })).toBeVisible();
  await page.goto(SEED_ARTICLE_PATH);
  await expect(
    sidebar(page)
      .getByRole('region', { name: 'Job' })
      .getByRole('link', { name: `${title} (senior)` }),
  ).toHaveCount(0);
  expect((await request.get(`/job/${job!.id}-${slug}`)).status()).toBe(410);
  await page.goto('/admin/job?vis=expired');
  await expect(page.getByRole('link', { name: `${title} (senior)` })).toBeVisible();

  await page.getByRole('link', { name: `${title} (senior)` }).click();
  await form.remove();
  await page.waitForURL(/\/admin\/job$/);
  expect((await request.get(`/job/${job!.id}-${slug}`)).status()).toBe(404);
  expect(auditActions('job', job!.id)).toEqual(['job.create', 'job.update', 'job.expire', 'job.delete']);
});

test('an editor writes a Navnenyt entry for a new company, edits and deletes it; the sidebar follows at once', async ({
  loggedInPage,
  request,
}) => {
  const name = `Testa Widgetsen ${unique()}`;
  const company = `Widgetfirma ${unique()} A/S`;
  const page = await loggedInPage(editorSession, '/admin/navnenyt');
  const form = new PeopleNewsForm(page);
  await page.getByRole('link', { name: 'Ny navnenyhed' }).click();
  await form.fill({ name, company, role: 'CTO', startDate: '2026-12-01', label: 'Forfremmelse' });
  const photoAlt = await form.photo.chooseImageWithAlt();
  await form.create();
  await expect(page.getByText('Skriv teksten.')).toBeVisible();
  await expect(page.getByLabel('Navn')).toHaveValue(name);

  await form.fill({ body: `${company} har udnævnt ${name} til CTO.` });
  await form.create();
  await page.waitForURL(/\/admin\/navnenyt$/);
  const [entry] = queryTestDb<{ id: number; slug: string }>('SELECT id, slug FROM people_news WHERE name = ?', name);

  await page.goto(SEED_ARTICLE_PATH);
  const widget = sidebar(page).getByRole('region', { name: 'Navnenyt fra it-Danmark' });
  await expect(widget.getByRole('article', { name })).toContainText(`CTO, ${company}`);
  await expect(widget.getByRole('article', { name })).toContainText('Forfremmelse');
  await page.goto(`/navnenyt/${entry!.slug}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('main').getByRole('img', { name: photoAlt })).toBeVisible();
  // The new company has a page of its own.
  await page.getByRole('main').getByRole('link', { name: company }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(company.replace(' A/S', ''));

  await form.open(entry!.id);
  await form.fill({ role: 'Teknisk direktør' });
  await form.save();
  await expect(page.getByRole('status').filter({ hasText: 'Navnenyheden er gemt.' })).toBeVisible();
  await page.goto(SEED_ARTICLE_PATH);
  await expect(sidebar(page).getByRole('article', { name })).toContainText('Teknisk direktør');

  acceptDialogs(page);
  await form.open(entry!.id);
  await form.remove();
  await page.waitForURL(/\/admin\/navnenyt$/);
  await page.goto(SEED_ARTICLE_PATH);
  await expect(sidebar(page).getByRole('article', { name })).toHaveCount(0);
  await expect(sidebar(page).getByRole('article', { name: 'Susanne Sønderskov' })).toBeVisible();
  expect((await request.get(`/navnenyt/${entry!.slug}`)).status()).toBe(404);
  expect(auditActions('people-news', entry!.id)).toEqual([
    'people-news.create',
    'people-news.update',
    'people-news.delete',
  ]);
});

test('an editor runs sponsor campaigns: the sidebar shows the running one, always labelled, and nothing when none runs', async ({
  loggedInPage,
}) => {
  const page = await loggedInPage(editorSession, '/admin/annoncer');
  const form = new CampaignForm(page);
  const seedRow = page.getByRole('row').filter({ hasText: 'DE-CIX' });
  await expect(seedRow).toContainText('Aktiv');

  await page.getByRole('link', { name: 'Ny kampagne' }).click();
  await form.fill({
    article: 'DE-CIX: Enhver strategi for applikationsmodernisering bør tage netværket med fra start',
  });
  await expect(page.getByText('»Annonceindlæg fra DE-CIX«')).toBeVisible();
  const logoAlt = await form.logo.chooseImageWithAlt();
  await form.fill({ startsAt: copenhagenInput(-60_000), endsAt: copenhagenInput(-DAY) });
  await form.create();
  await expect(page.getByText('Kampagnen skal slutte efter, den er startet.')).toBeVisible();
  // The refused form still holds the chosen logo.
  await expect(page.getByRole('group', { name: 'Logo' }).getByText(logoAlt, { exact: true })).toBeVisible();

  await form.fill({ endsAt: copenhagenInput(7 * DAY) });
  await form.create();
  await page.waitForURL(/\/admin\/annoncer$/);
  const [campaign] = queryTestDb<{ id: number }>(
    'SELECT id FROM sponsor_campaigns WHERE id != ? ORDER BY id DESC LIMIT 1',
    seedCampaign.id,
  );

  // End the seed campaign: only the new one, with its logo, runs.
  await form.open(seedCampaign.id);
  await form.fill({ startsAt: copenhagenInput(-2 * DAY), endsAt: copenhagenInput(-DAY) });
  await form.save();
  await expect(page.getByRole('status').filter({ hasText: 'Kampagnen er gemt.' })).toBeVisible();
  await page.goto('/admin/annoncer');
  await expect(page.getByRole('row').filter({ hasText: 'Afsluttet' })).toHaveCount(1);

  await page.goto(SEED_ARTICLE_PATH);
  const widget = sidebar(page).getByRole('region', { name: 'Annonceindlæg fra DE-CIX' });
  await expect(widget.getByRole('img', { name: logoAlt })).toBeVisible();
  await expect(
    widget.getByRole('link', {
      name: 'Enhver strategi for applikationsmodernisering bør tage netværket med fra start',
    }),
  ).toHaveAttribute('rel', /sponsored/);

  // With no campaign running the widget is gone.
  acceptDialogs(page);
  await form.open(campaign!.id);
  await form.remove();
  await page.waitForURL(/\/admin\/annoncer$/);
  await page.goto(SEED_ARTICLE_PATH);
  await expect(sidebar(page).getByRole('region', { name: /^Annonceindlæg/ })).toHaveCount(0);
  await page.goto('/');
  await expect(sidebar(page).getByRole('region', { name: /^Annonceindlæg/ })).toHaveCount(0);

  await form.open(seedCampaign.id);
  await form.fill({ endsAt: copenhagenInput(365 * DAY) });
  await form.save();
  await expect(page.getByRole('status').filter({ hasText: 'Kampagnen er gemt.' })).toBeVisible();
  await page.goto(SEED_ARTICLE_PATH);
  await expect(sidebar(page).getByRole('region', { name: 'Annonceindlæg fra DE-CIX' }).getByRole('img')).toHaveCount(0);

  expect(auditActions('sponsor-campaign', campaign!.id)).toEqual([
    'sponsor-campaign.create',
    'sponsor-campaign.delete',
  ]);
  expect(auditActions('sponsor-campaign', seedCampaign.id)).toEqual([
    'sponsor-campaign.update',
    'sponsor-campaign.update',
  ]);
});

test('a campaign starts on time by itself: nobody expires a cache when its start passes', async ({ page, request }) => {
  const widget = () => sidebar(page).getByRole('region', { name: 'Annonceindlæg fra DE-CIX' });
  // Planned to start in a few seconds (written as the admin would, expiring the tag once).
  runTestDb(
    'UPDATE sponsor_campaigns SET starts_at = ? WHERE id = ?',
    new Date(Date.now() + 6_000).toISOString(),
    seedCampaign.id,
  );
  await revalidate(request, ['sponsor-campaigns']);
  await page.goto(SEED_ARTICLE_PATH);
  await expect(widget()).toHaveCount(0);
  // The scheduler notices the start within its 10 s tick and expires the widget's pages.
  await expect
    .poll(
      async () => {
        await page.goto(SEED_ARTICLE_PATH);
        return widget().count();
      },
      { timeout: 30_000, intervals: [1_000] },
    )
    .toBe(1);
  runTestDb('UPDATE sponsor_campaigns SET starts_at = ? WHERE id = ?', seedCampaign.starts_at, seedCampaign.id);
});

test('a writer sees no widget admin, and calling its actions directly changes nothing', async ({
  browser,
  loggedInPage,
  writerPage,
}) => {
  // The editor uses every widget action once; the requests are recorded for replay.
  const page = await loggedInPage(editorSession, '/admin/job/ny');
  const [jobForm, peopleForm, campaignForm] = [new JobForm(page), new PeopleNewsForm(page), new CampaignForm(page)];
  acceptDialogs(page);
  const { actions, record } = actionRecorder(page);
  const title = `Matrixjob ${unique()}`;
  await jobForm.fill({
    company: 'KMD A/S',
    title,
    region: 'Odense',
    url: 'https://kmd.dk/job/matrix',
    deadline: '2099-12-31',
  });
  await record('job.create', () => jobForm.create());
  await page.waitForURL(/\/admin\/job$/);
  await page.getByRole('link', { name: title }).click();
  await record('job.update', () => jobForm.save());
  await expect(page.getByRole('status').filter({ hasText: 'Jobbet er gemt.' })).toBeVisible();
  await record('job.expire', () => jobForm.expire());
  await expect(page.getByRole('status').filter({ hasText: 'Jobbet er afsluttet' })).toBeVisible();
  await record('job.delete', () => jobForm.remove());
  await page.waitForURL(/\/admin\/job$/);

  const name = `Matrix Person ${unique()}`;
  await peopleForm.openNew();
  await peopleForm.fill({ name, company: 'KMD A/S', role: 'Chef', body: 'Tekst.' });
  await record('people.create', () => peopleForm.create());
  await page.waitForURL(/\/admin\/navnenyt$/);
  await page.getByRole('link', { name }).click();
  await record('people.update', () => peopleForm.save());
  await expect(page.getByRole('status').filter({ hasText: 'Navnenyheden er gemt.' })).toBeVisible();
  await record('people.delete', () => peopleForm.remove());
  await page.waitForURL(/\/admin\/navnenyt$/);

  await campaignForm.openNew();
  await campaignForm.fill({ article: 1, startsAt: copenhagenInput(100 * DAY), endsAt: copenhagenInput(101 * DAY) });
  await record('campaign.create', () => campaignForm.create());
  await page.waitForURL(/\/admin\/annoncer$/);
  await page.getByRole('row').filter({ hasText: 'Planlagt' }).getByRole('link').click();
  await record('campaign.update', () => campaignForm.save());
  await expect(page.getByRole('status').filter({ hasText: 'Kampagnen er gemt.' })).toBeVisible();
  await record('campaign.delete', () => campaignForm.remove());
  await page.waitForURL(/\/admin\/annoncer$/);

  // Targets that exist: a seed job, a seed entry and the seed campaign.
  const [seedJob] = queryTestDb<{ id: number }>(
    'SELECT id FROM jobs WHERE expires_at > ? ORDER BY id LIMIT 1',
    new Date().toISOString(),
  );
  const [seedEntry] = queryTestDb<{ id: number }>('SELECT id FROM people_news ORDER BY id LIMIT 1');
  const snapshot = () => ({
    jobs: queryTestDb('SELECT count(*) AS n FROM jobs'),
    job: queryTestDb('SELECT * FROM jobs WHERE id = ?', seedJob!.id),
    people: queryTestDb('SELECT count(*) AS n FROM people_news'),
    entry: queryTestDb('SELECT * FROM people_news WHERE id = ?', seedEntry!.id),
    campaigns: queryTestDb('SELECT * FROM sponsor_campaigns ORDER BY id'),
    companies: queryTestDb('SELECT count(*) AS n FROM companies'),
  });
  const before = snapshot();
  const job = {
    company: 'Overtaget A/S',
    title: 'Overtaget',
    region: 'Aarhus',
    url: 'https://example.com',
    deadline: '2099-01-01',
    description: '',
  };
  const entry = {
    name: 'Overtaget',
    company: 'Overtaget A/S',
    role: 'Chef',
    startDate: '',
    label: 'Nyt job',
    body: 'Tekst.',
    photoId: '',
  };
  const window = {
    articleId: String(seedCampaign.article_id),
    logoId: '',
    startsAt: '2020-01-01T00:00',
    endsAt: '2020-01-02T00:00',
  };
  const calls: [string, unknown[]][] = [
    ['job.create', [job]],
    ['job.update', [seedJob!.id, job]],
    ['job.expire', [seedJob!.id]],
    ['job.delete', [seedJob!.id]],
    ['people.create', [entry]],
    ['people.update', [seedEntry!.id, entry]],
    ['people.delete', [seedEntry!.id]],
    ['campaign.create', [window]],
    ['campaign.update', [seedCampaign.id, window]],
    ['campaign.delete', [seedCampaign.id]],
  ];

  const writerContext = writerPage.context();
  await writerPage.goto('/admin');
  await expect(
    writerPage.getByRole('navigation', { name: 'Redaktionens menu' }).getByRole('link', { name: 'Job' }),
  ).toHaveCount(0);
  for (const path of [
    '/admin/job',
    '/admin/job/ny',
    `/admin/job/${seedJob!.id}`,
    '/admin/navnenyt',
    `/admin/navnenyt/${seedEntry!.id}`,
    '/admin/annoncer',
    `/admin/annoncer/${seedCampaign.id}`,
  ]) {
    await writerPage.goto(path);
    await expect(writerPage.getByRole('heading', { level: 1, name: 'Ingen adgang' }), path).toBeVisible();
    await expect(writerPage.getByRole('textbox')).toHaveCount(0);
  }

  const anonymous = await browser.newContext();
  for (const context of [writerContext, anonymous]) {
    for (const [action, args] of calls) {
      const response = await callAction(context, actions.get(action)!, args, { maxRedirects: 0 });
      expect(response.status(), action).toBeLessThan(500);
      expect(await response.text(), action).not.toContain('"ok":true');
    }
  }
  expect(snapshot()).toEqual(before);
  await writerContext.close();
  await anonymous.close();
});

test('the audit log names widget changes in Danish', async ({ adminPage: page }) => {
  await page.goto('/admin/revisionslog');
  await page.getByLabel('Handling').selectOption({ label: 'Job afsluttet' });
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Widget Redaktør' }).first()).toContainText(
    /Widget Redaktør afsluttede jobbet ».+«/,
  );
  await page.goto('/admin/revisionslog?handling=sponsor-campaign.delete');
  await expect(page.getByRole('row').filter({ hasText: 'Widget Redaktør' }).first()).toContainText(
    'Widget Redaktør slettede annoncekampagnen for »',
  );
});
