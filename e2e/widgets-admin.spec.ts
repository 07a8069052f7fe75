import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { queryTestDb, revalidate, runTestDb, SEED_ARTICLE_PATH } from './fixtures';
import { createStaff, logIn, type Staff } from './staff';

// The newsroom runs the sidebar widgets (jobs, Navnenyt, sponsor campaigns) and readers see each change on their
// next request: no sleeping, no manual cache expiry. Writers get no access, not even by calling the actions.

test.describe.configure({ mode: 'serial', timeout: 90_000 });

const MARK = `w${Date.now().toString(36)}`;
const unique = () => `${MARK}${Math.floor(Math.random() * 100_000)}`;

/**
 * Picks a library image that has alt text, by searching for it in the form's image picker, and returns that text.
 * Images other specs upload may have none, and the public page then names the picture differently.
 */
async function chooseImageWithAlt(page: Page, legend: string): Promise<string> {
  const [{ alt }] = queryTestDb<{ alt: string }>(
    "SELECT alt FROM media WHERE alt != '' AND credit != '' ORDER BY id LIMIT 1",
  ) as [{ alt: string }];
  const picker = page.getByRole('group', { name: legend });
  await picker.getByText('Vælg eller upload et billede').click();
  await picker.getByLabel('Søg i mediebiblioteket').fill(alt);
  // Enter does not submit the form around the picker: the search is live.
  await picker.getByLabel('Søg i mediebiblioteket').press('Enter');
  await picker.getByRole('button', { name: `Vælg: ${alt}` }).click();
  await expect(picker.getByText(alt, { exact: true })).toBeVisible();
  return alt;
}

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

/** Copenhagen wall-clock time `offsetMs` from now, as a datetime-local input takes it ("2026-11-28T14:05"). */
function copenhagenInput(offsetMs: number): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', dateStyle: 'short', timeStyle: 'short' })
    .format(new Date(Date.now() + offsetMs))
    .replace(' ', 'T');
}

const DAY = 24 * 60 * 60 * 1000;
const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Sidebjælke' });
const acceptDialogs = (page: Page) => page.on('dialog', (dialog) => void dialog.accept());

let editor: Staff;

test.beforeAll(async () => {
  editor = await createStaff('editor', 'Widget Redaktør');
});

test('an editor adds, edits, expires and deletes a job; readers see each step on their next request', async ({
  page,
  request,
}) => {
  const title = `Platformsudvikler ${unique()}`;
  await logIn(page, editor);
  await page.getByRole('navigation', { name: 'Redaktionens menu' }).getByRole('link', { name: 'Job' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Job' })).toBeVisible();
  await page.getByRole('link', { name: 'Nyt job' }).click();

  await page.getByLabel('Virksomhed').fill('KMD A/S');
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Region').fill('Aarhus');
  await page.getByLabel('Ansøgningsadresse').fill('javascript:alert(1)');
  await page.getByLabel('Ansøgningsfrist').fill('2099-12-31');
  await page.getByLabel('Beskrivelse').fill('Kubernetes og Go.');
  await page.getByRole('button', { name: 'Opret job' }).click();
  // A Danish message beside the field; nothing typed is lost.
  await expect(page.getByText('Skriv en fuld adresse, der begynder med https:// eller http://.')).toBeVisible();
  await expect(page.getByLabel('Ansøgningsadresse')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Titel')).toHaveValue(title);

  await page.getByLabel('Ansøgningsadresse').fill('https://kmd.dk/job/platform');
  await page.getByRole('button', { name: 'Opret job' }).click();
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
  await page.getByLabel('Titel').fill(`${title} (senior)`);
  await page.getByRole('button', { name: 'Gem job' }).click();
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
  await page.goto(`/admin/job/${job!.id}`);
  await page.getByRole('button', { name: 'Afslut nu' }).click();
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
  await page.getByRole('button', { name: 'Slet job' }).click();
  await page.waitForURL(/\/admin\/job$/);
  expect((await request.get(`/job/${job!.id}-${slug}`)).status()).toBe(404);
  expect(auditActions('job', job!.id)).toEqual(['job.create', 'job.update', 'job.expire', 'job.delete']);
});

test('an editor writes a Navnenyt entry for a new company, edits and deletes it; the sidebar follows at once', async ({
  page,
  request,
}) => {
  const name = `Testa Widgetsen ${unique()}`;
  const company = `Widgetfirma ${unique()} A/S`;
  await logIn(page, editor, '/admin/navnenyt');
  await page.getByRole('link', { name: 'Ny navnenyhed' }).click();
  await page.getByLabel('Navn').fill(name);
  await page.getByLabel('Virksomhed').fill(company);
  await page.getByLabel('Stilling').fill('CTO');
  await page.getByLabel('Startdato').fill('2026-12-01');
  await page.getByLabel('Kategori').fill('Forfremmelse');
  const photoAlt = await chooseImageWithAlt(page, 'Foto');
  await page.getByRole('button', { name: 'Opret navnenyhed' }).click();
  await expect(page.getByText('Skriv teksten.')).toBeVisible();
  await expect(page.getByLabel('Navn')).toHaveValue(name);

  await page.getByLabel('Tekst', { exact: true }).fill(`${company} har udnævnt ${name} til CTO.`);
  await page.getByRole('button', { name: 'Opret navnenyhed' }).click();
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

  await page.goto(`/admin/navnenyt/${entry!.id}`);
  await page.getByLabel('Stilling').fill('Teknisk direktør');
  await page.getByRole('button', { name: 'Gem navnenyhed' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Navnenyheden er gemt.' })).toBeVisible();
  await page.goto(SEED_ARTICLE_PATH);
  await expect(sidebar(page).getByRole('article', { name })).toContainText('Teknisk direktør');

  acceptDialogs(page);
  await page.goto(`/admin/navnenyt/${entry!.id}`);
  await page.getByRole('button', { name: 'Slet navnenyhed' }).click();
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
  page,
}) => {
  await logIn(page, editor, '/admin/annoncer');
  const seedRow = page.getByRole('row').filter({ hasText: 'DE-CIX' });
  await expect(seedRow).toContainText('Aktiv');

  await page.getByRole('link', { name: 'Ny kampagne' }).click();
  await page
    .getByLabel('Annonceindlæg')
    .selectOption({ label: 'DE-CIX: Enhver strategi for applikationsmodernisering bør tage netværket med fra start' });
  await expect(page.getByText('»Annonceindlæg fra DE-CIX«')).toBeVisible();
  const logoAlt = await chooseImageWithAlt(page, 'Logo');
  await page.getByLabel('Starter').fill(copenhagenInput(-60_000));
  await page.getByLabel('Slutter').fill(copenhagenInput(-DAY));
  await page.getByRole('button', { name: 'Opret kampagne' }).click();
  await expect(page.getByText('Kampagnen skal slutte efter, den er startet.')).toBeVisible();
  // The refused form still holds the chosen logo.
  await expect(page.getByRole('group', { name: 'Logo' }).getByText(logoAlt, { exact: true })).toBeVisible();

  await page.getByLabel('Slutter').fill(copenhagenInput(7 * DAY));
  await page.getByRole('button', { name: 'Opret kampagne' }).click();
  await page.waitForURL(/\/admin\/annoncer$/);
  const [campaign] = queryTestDb<{ id: number }>(
    'SELECT id FROM sponsor_campaigns WHERE id != ? ORDER BY id DESC LIMIT 1',
    seedCampaign.id,
  );

  // End the seed campaign: only the new one, with its logo, runs.
  await page.goto(`/admin/annoncer/${seedCampaign.id}`);
  await page.getByLabel('Starter').fill(copenhagenInput(-2 * DAY));
  await page.getByLabel('Slutter').fill(copenhagenInput(-DAY));
  await page.getByRole('button', { name: 'Gem kampagne' }).click();
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
  await page.goto(`/admin/annoncer/${campaign!.id}`);
  await page.getByRole('button', { name: 'Slet kampagne' }).click();
  await page.waitForURL(/\/admin\/annoncer$/);
  await page.goto(SEED_ARTICLE_PATH);
  await expect(sidebar(page).getByRole('region', { name: /^Annonceindlæg/ })).toHaveCount(0);
  await page.goto('/');
  await expect(sidebar(page).getByRole('region', { name: /^Annonceindlæg/ })).toHaveCount(0);

  await page.goto(`/admin/annoncer/${seedCampaign.id}`);
  await page.getByLabel('Slutter').fill(copenhagenInput(365 * DAY));
  await page.getByRole('button', { name: 'Gem kampagne' }).click();
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

test('a writer sees no widget admin, and calling its actions directly changes nothing', async ({ browser, page }) => {
  // The editor uses every widget action once; the requests are recorded for replay.
  await logIn(page, editor, '/admin/job/ny');
  acceptDialogs(page);
  const actions = new Map<string, { url: string; id: string; tree: string }>();
  const record = async (name: string, click: () => Promise<void>) => {
    const captured = page.waitForRequest(
      (request) => request.method() === 'POST' && Boolean(request.headers()['next-action']),
    );
    await click();
    const request = await captured;
    actions.set(name, {
      url: request.url(),
      id: request.headers()['next-action']!,
      tree: request.headers()['next-router-state-tree'] ?? '',
    });
  };
  const title = `Matrixjob ${unique()}`;
  await page.getByLabel('Virksomhed').fill('KMD A/S');
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Region').fill('Odense');
  await page.getByLabel('Ansøgningsadresse').fill('https://kmd.dk/job/matrix');
  await page.getByLabel('Ansøgningsfrist').fill('2099-12-31');
  await record('job.create', () => page.getByRole('button', { name: 'Opret job' }).click());
  await page.waitForURL(/\/admin\/job$/);
  await page.getByRole('link', { name: title }).click();
  await record('job.update', () => page.getByRole('button', { name: 'Gem job' }).click());
  await expect(page.getByRole('status').filter({ hasText: 'Jobbet er gemt.' })).toBeVisible();
  await record('job.expire', () => page.getByRole('button', { name: 'Afslut nu' }).click());
  await expect(page.getByRole('status').filter({ hasText: 'Jobbet er afsluttet' })).toBeVisible();
  await record('job.delete', () => page.getByRole('button', { name: 'Slet job' }).click());
  await page.waitForURL(/\/admin\/job$/);

  const name = `Matrix Person ${unique()}`;
  await page.goto('/admin/navnenyt/ny');
  await page.getByLabel('Navn').fill(name);
  await page.getByLabel('Virksomhed').fill('KMD A/S');
  await page.getByLabel('Stilling').fill('Chef');
  await page.getByLabel('Tekst', { exact: true }).fill('Tekst.');
  await record('people.create', () => page.getByRole('button', { name: 'Opret navnenyhed' }).click());
  await page.waitForURL(/\/admin\/navnenyt$/);
  await page.getByRole('link', { name }).click();
  await record('people.update', () => page.getByRole('button', { name: 'Gem navnenyhed' }).click());
  await expect(page.getByRole('status').filter({ hasText: 'Navnenyheden er gemt.' })).toBeVisible();
  await record('people.delete', () => page.getByRole('button', { name: 'Slet navnenyhed' }).click());
  await page.waitForURL(/\/admin\/navnenyt$/);

  await page.goto('/admin/annoncer/ny');
  await page.getByLabel('Annonceindlæg').selectOption({ index: 1 });
  await page.getByLabel('Starter').fill(copenhagenInput(100 * DAY));
  await page.getByLabel('Slutter').fill(copenhagenInput(101 * DAY));
  await record('campaign.create', () => page.getByRole('button', { name: 'Opret kampagne' }).click());
  await page.waitForURL(/\/admin\/annoncer$/);
  await page.getByRole('row').filter({ hasText: 'Planlagt' }).getByRole('link').click();
  await record('campaign.update', () => page.getByRole('button', { name: 'Gem kampagne' }).click());
  await expect(page.getByRole('status').filter({ hasText: 'Kampagnen er gemt.' })).toBeVisible();
  await record('campaign.delete', () => page.getByRole('button', { name: 'Slet kampagne' }).click());
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

  const writer = await createStaff('writer', 'Widget Journalist');
  const writerContext = await browser.newContext();
  const writerPage = await writerContext.newPage();
  await logIn(writerPage, writer);
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
      const recorded = actions.get(action)!;
      const response = await context.request.post(recorded.url, {
        headers: {
          'next-action': recorded.id,
          'next-router-state-tree': recorded.tree,
          'content-type': 'text/plain;charset=UTF-8',
          accept: 'text/x-component',
        },
        data: JSON.stringify(args),
        maxRedirects: 0,
      });
      expect(response.status(), action).toBeLessThan(500);
      expect(await response.text(), action).not.toContain('"ok":true');
    }
  }
  expect(snapshot()).toEqual(before);
  await writerContext.close();
  await anonymous.close();
});

test('the audit log names widget changes in Danish', async ({ page }) => {
  const admin = await createStaff('admin', 'Widget Administrator');
  await logIn(page, admin, '/admin/revisionslog');
  await page.getByLabel('Handling').selectOption({ label: 'Job afsluttet' });
  await page.getByRole('button', { name: 'Vis' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Widget Redaktør' }).first()).toContainText('Job afsluttet');
  await page.goto('/admin/revisionslog?handling=sponsor-campaign.delete');
  await expect(page.getByRole('row').filter({ hasText: 'Widget Redaktør' }).first()).toContainText(
    'Annoncekampagne slettet',
  );
});

test('the widget admin pages have no WCAG 2.2 A/AA violations, with validation errors showing', async ({ page }) => {
  await logIn(page, editor, '/admin/job');
  const [job] = queryTestDb<{ id: number }>('SELECT id FROM jobs ORDER BY id LIMIT 1');
  const [entry] = queryTestDb<{ id: number }>('SELECT id FROM people_news ORDER BY id LIMIT 1');
  const pages: [string, string | null][] = [
    ['/admin/job', null],
    ['/admin/job/ny', 'Opret job'],
    [`/admin/job/${job!.id}`, null],
    ['/admin/navnenyt', null],
    [`/admin/navnenyt/${entry!.id}`, null],
    ['/admin/navnenyt/ny', 'Opret navnenyhed'],
    ['/admin/annoncer', null],
    [`/admin/annoncer/${seedCampaign.id}`, null],
    ['/admin/annoncer/ny', 'Opret kampagne'],
  ];
  for (const [path, submit] of pages) {
    await page.goto(path);
    if (submit) {
      await page.getByRole('button', { name: submit }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Ret de markerede felter.' })).toBeVisible();
    }
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      path,
    ).toEqual([]);
  }
});
