import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { openTestDb, revalidate, SEED_ARTICLE_PATH } from './fixtures';

// The job board, job pages, Navnenyt and company pages, driven as a reader would.

type JobRow = { id: number; slug: string; title: string };

// Changed behind the cache's back by two tests below; no other test relies on it.
const VOLATILE_JOB = 'Backendudvikler (Java)';

function jobByTitle(title: string): JobRow & { expiresAt: string; companySlug: string } {
  const db = openTestDb();
  try {
    return db
      .prepare(
        `SELECT j.id, j.slug, j.title, j.expires_at AS expiresAt, c.slug AS companySlug
         FROM jobs j JOIN companies c ON c.id = j.company_id WHERE j.title = ?`,
      )
      .get(title) as JobRow & { expiresAt: string; companySlug: string };
  } finally {
    db.close();
  }
}

function updateJob(id: number, column: 'title' | 'expires_at', value: string) {
  const db = openTestDb();
  try {
    db.prepare(`UPDATE jobs SET ${column} = ? WHERE id = ?`).run(value, id);
  } finally {
    db.close();
  }
}

/** A job from the demo content whose deadline has passed. */
function expiredJob(): JobRow {
  const db = openTestDb();
  try {
    const row = db
      .prepare('SELECT id, slug, title FROM jobs WHERE expires_at <= ? ORDER BY id LIMIT 1')
      .get(new Date().toISOString()) as JobRow | undefined;
    if (!row) throw new Error('the demo content has no expired job');
    return row;
  } finally {
    db.close();
  }
}

/** The option of a select whose text starts with `name` ("Aarhus (4)"), and the count in it. */
async function optionFor(page: Page, selectName: string, name: string) {
  const text = await page
    .getByRole('combobox', { name: selectName })
    .locator('option')
    .filter({ hasText: new RegExp(`^${name.replace(/[/]/g, '\\/')} \\(\\d+\\)$`) })
    .textContent();
  return { label: text!, count: Number(/\((\d+)\)$/.exec(text!)![1]) };
}

const jobRows = (page: Page) =>
  page.getByRole('main').getByRole('list', { name: 'Ledige stillinger' }).getByRole('listitem');

test('a reader narrows the job board to a region and then to a company', async ({ page }) => {
  expect((await page.goto('/job'))?.status()).toBe(200);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Ledige it-job' })).toBeVisible();
  const total = await jobRows(page).count();
  await expect(main.getByText(`${total} ledige stillinger`, { exact: true })).toBeVisible();

  const aarhus = await optionFor(page, 'Region', 'Aarhus');
  await page.getByRole('combobox', { name: 'Region' }).selectOption({ label: aarhus.label });
  await page.getByRole('button', { name: 'Vis job' }).click();
  await expect(page).toHaveURL(/\/job\?region=Aarhus/);
  await expect(jobRows(page)).toHaveCount(aarhus.count);
  for (const row of await jobRows(page).all()) await expect(row).toContainText('Aarhus');
  await expect(main.getByText(`${aarhus.count} ledige stillinger af ${total} matcher filtrene`)).toBeVisible();

  await page.getByRole('combobox', { name: 'Region' }).selectOption({ label: 'Alle regioner' });
  const kmd = await optionFor(page, 'Virksomhed', 'KMD A/S');
  await page.getByRole('combobox', { name: 'Virksomhed' }).selectOption({ label: kmd.label });
  await page.getByRole('button', { name: 'Vis job' }).click();
  await expect(page).toHaveURL(/virksomhed=kmd/);
  await expect(jobRows(page)).toHaveCount(kmd.count);
  for (const row of await jobRows(page).all()) {
    await expect(row.getByRole('link', { name: 'KMD A/S' })).toHaveAttribute('href', '/virksomhed/kmd');
  }

  await main.getByRole('link', { name: 'Nulstil filtre' }).click();
  await expect(jobRows(page)).toHaveCount(total);
});

test('unknown filter values show the whole board', async ({ page }) => {
  await page.goto('/job');
  const total = await jobRows(page).count();
  expect((await page.goto('/job?region=Atlantis&virksomhed=findes-ikke'))?.status()).toBe(200);
  await expect(jobRows(page)).toHaveCount(total);
  await expect(page.getByRole('combobox', { name: 'Region' })).toHaveValue('');
});

/** The page's schema.org JobPosting objects (the page also carries a BreadcrumbList). */
async function jobPostings(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks
    .map((text) => JSON.parse(text) as Record<string, unknown>)
    .filter((data) => data['@type'] === 'JobPosting');
}

test('a reader opens a job from the board and sees its details, apply link and JobPosting data', async ({ page }) => {
  await page.goto('/job');
  await jobRows(page).getByRole('link', { name: 'Senior Test Manager' }).click();
  await expect(page).toHaveURL(/\/job\/\d+-senior-test-manager-kmd-a-s$/);

  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Senior Test Manager' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'KMD A/S' })).toHaveAttribute('href', '/virksomhed/kmd');
  await expect(main.getByText('Københavnsområdet', { exact: true })).toBeVisible();
  await expect(main.getByText('Ansøgningsfrist', { exact: true })).toBeVisible();
  await expect(
    main.getByText(/^Vil du stå i spidsen for test af nogle af Danmarks største offentlige it-systemer\?/),
  ).toBeVisible();
  const apply = main.getByRole('link', { name: 'Søg stillingen' });
  await expect(apply).toHaveAttribute('href', 'https://job.example.dk/kmd/senior-test-manager');
  await expect(apply).toHaveAttribute('rel', /noopener/);
  await expect(main.getByRole('link', { name: 'Tilbage til alle ledige job' })).toHaveAttribute('href', '/job');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    new RegExp(`${new URL(page.url()).pathname}$`),
  );

  // Beside the page's BreadcrumbList, one JobPosting.
  const postings = await jobPostings(page);
  expect(postings).toHaveLength(1);
  const data = postings[0] as Record<string, string>;
  expect(data).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Senior Test Manager',
    directApply: false,
    hiringOrganization: { '@type': 'Organization', name: 'KMD A/S', sameAs: 'https://www.kmd.dk' },
    jobLocation: {
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressRegion: 'Københavnsområdet', addressCountry: 'DK' },
    },
  });
  expect(data.description).toMatch(/^Vil du stå i spidsen/);
  for (const key of ['datePosted', 'validThrough']) {
    expect(data[key]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/);
  }
  expect(Date.parse(data.validThrough!)).toBeGreaterThan(Date.now());
  expect(data).not.toHaveProperty('employmentType');
});

test('a job address with an old or missing slug redirects permanently to the current one', async ({ page }) => {
  await page.goto('/job');
  const href = (await jobRows(page).getByRole('link', { name: 'Managing Architect' }).getAttribute('href'))!;
  const id = /^\/job\/(\d+)-/.exec(href)![1];
  for (const path of [`/job/${id}-gammel-titel`, `/job/${id}`]) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(new URL(response.headers().location!, page.url()).pathname).toBe(href);
  }
});

test('a reader goes from a job row to the company and sees its jobs, Navnenyt and articles', async ({ page }) => {
  await page.goto('/job');
  await jobRows(page).filter({ hasText: 'Senior Test Manager' }).getByRole('link', { name: 'KMD A/S' }).click();
  await expect(page).toHaveURL(/\/virksomhed\/kmd$/);

  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'KMD A/S' })).toBeVisible();
  await expect(main.getByText(/^KMD er en dansk it-virksomhed/)).toBeVisible();
  await expect(main.getByRole('link', { name: 'KMDs hjemmeside' })).toHaveAttribute('href', 'https://www.kmd.dk');

  const jobs = main.getByRole('region', { name: 'Ledige stillinger' });
  await expect(jobs.getByRole('link', { name: 'Senior Test Manager' })).toHaveAttribute(
    'href',
    /^\/job\/\d+-senior-test-manager-kmd-a-s$/,
  );
  await expect(jobs.getByRole('link', { name: 'Cloudarkitekt til kommunale løsninger' })).toBeVisible();

  const people = main.getByRole('region', { name: 'Navnenyt' });
  for (const name of ['Anne-Sofie Kragelund', 'Thomas Bach Ravnsborg', 'Lis Hvidtfeldt']) {
    await expect(people.getByRole('link', { name })).toBeVisible();
  }

  const articles = main.getByRole('region', { name: 'Artikler om KMD' });
  await expect(articles.getByRole('article').first()).toBeVisible();
  await people.getByRole('link', { name: 'Lis Hvidtfeldt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lis Hvidtfeldt' })).toBeVisible();
  await expect(page.getByRole('main').getByText('Jubilæum', { exact: true })).toBeVisible();
});

test('a company with nothing to show in a part says so', async ({ page }) => {
  expect((await page.goto('/virksomhed/djurs-it-service'))?.status()).toBe(200);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Djurs IT-Service ApS' })).toBeVisible();
  await expect(main.getByText('Djurs IT-Service har ingen ledige stillinger på Spalte lige nu.')).toBeVisible();
  await expect(main.getByText('Spalte har ikke skrevet om Djurs IT-Service endnu.')).toBeVisible();
});

test('a reader pages through Navnenyt and narrows it to one label', async ({ page }) => {
  expect((await page.goto('/navnenyt'))?.status()).toBe(200);
  const main = page.getByRole('main');
  const entries = main.getByRole('list', { name: 'Navnenyheder' }).getByRole('article');
  await expect(main.getByRole('heading', { level: 1, name: 'Navnenyt' })).toBeVisible();
  await expect(entries).toHaveCount(20);
  await expect(entries.first()).toContainText('Susanne Sønderskov');
  const firstPage = await entries.getByRole('heading').allTextContents();

  await main.getByRole('navigation', { name: 'Sider' }).getByRole('link', { name: 'Næste side' }).click();
  await expect(page).toHaveURL(/\/navnenyt\?side=2$/);
  await expect(entries.first()).toBeVisible();
  const secondPage = await entries.getByRole('heading').allTextContents();
  expect(secondPage.filter((name) => firstPage.includes(name))).toEqual([]);

  const filter = main.getByRole('navigation', { name: 'Vis navnenyt om' });
  await expect(filter.getByRole('link')).toHaveText([
    'Alle',
    'Nyt job',
    'Færdiggjort uddannelse',
    'Forfremmelse',
    'Jubilæum',
  ]);
  await filter.getByRole('link', { name: 'Forfremmelse' }).click();
  await expect(page).toHaveURL(/\/navnenyt\?kategori=forfremmelse$/);
  await expect(filter.getByRole('link', { name: 'Forfremmelse' })).toHaveAttribute('aria-current', 'page');
  expect(await entries.count()).toBeGreaterThanOrEqual(2);
  for (const entry of await entries.all()) await expect(entry).toContainText('Forfremmelse');
  await expect(main.getByRole('navigation', { name: 'Sider' })).toHaveCount(0);

  expect((await page.goto('/navnenyt?side=99'))?.status()).toBe(404);
});

test('a reader opens a Navnenyt entry from the sidebar on the seed article', async ({ page }) => {
  await page.goto(SEED_ARTICLE_PATH);
  const widget = page
    .getByRole('complementary', { name: 'Sidebjælke' })
    .getByRole('region', { name: 'Navnenyt fra it-Danmark' });
  await expect(widget.getByRole('link', { name: 'Mere navnenyt' })).toHaveAttribute('href', '/navnenyt');
  await widget.getByRole('link', { name: 'Susanne Sønderskov' }).click();
  await expect(page).toHaveURL(/\/navnenyt\/susanne-soenderskov-sourcing-it$/);

  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Susanne Sønderskov' })).toBeVisible();
  await expect(main.getByText(/^Salgsdirektør,/)).toBeVisible();
  await expect(main.getByRole('link', { name: 'Sourcing IT' })).toHaveAttribute('href', '/virksomhed/sourcing-it');
  await expect(main.getByText('Nyt job', { exact: true })).toBeVisible();
  await expect(main.getByText('2. februar 2026', { exact: true })).toBeVisible();
  await expect(
    main.getByText(
      /^Sourcing IT har pr\. 2\. februar 2026 ansat Susanne Sønderskov som Salgsdirektør\..*privat og offentligt\.$/,
    ),
  ).toBeVisible();
  await expect(main.getByRole('img')).toHaveCount(0);
});

test('the sidebar job widget leads to job pages, company pages and the board', async ({ page }) => {
  await page.goto(SEED_ARTICLE_PATH);
  const widget = page.getByRole('complementary', { name: 'Sidebjælke' }).getByRole('region', { name: 'Job' });
  await expect(widget.getByRole('link', { name: 'Alle job' })).toHaveAttribute('href', '/job');
  const row = widget.getByRole('listitem').filter({ hasText: 'Senior Product Manager' });
  await expect(row.getByRole('link', { name: 'Formpipe Software A/S' })).toHaveAttribute(
    'href',
    '/virksomhed/formpipe-software',
  );
  await row.getByRole('link', { name: 'Senior Product Manager' }).click();
  await expect(page).toHaveURL(/\/job\/\d+-senior-product-manager-formpipe-software-a-s$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Senior Product Manager' })).toBeVisible();
});

test('an expired job’s page answers 410 Gone, says the job is gone and leads back to the board', async ({ page }) => {
  const job = expiredJob();
  const path = `/job/${job.id}-${job.slug}`;
  expect((await page.goto(path))?.status()).toBe(410);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: job.title })).toBeVisible();
  await expect(main.getByRole('heading', { name: 'Stillingen er ikke længere ledig' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Søg stillingen' })).toHaveCount(0);
  expect(await jobPostings(page)).toHaveLength(0);
  await expect(page.locator('meta[name="robots"]').last()).toHaveAttribute('content', /noindex/);

  await main.getByRole('link', { name: 'Se alle ledige job' }).click();
  await expect(page).toHaveURL(/\/job$/);
  await expect(jobRows(page).first()).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: job.title, exact: true })).toHaveCount(0);
});

test('the job board and a job with a long one-word title fit a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.goto('/job');
  expect(await overflow()).toBeLessThanOrEqual(0);
  await jobRows(page).getByRole('link', { name: 'Infrastrukturkonsulent med fokus på Microsoft Azure' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Infrastrukturkonsulent med fokus på Microsoft Azure' }),
  ).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
});

test('a job leaves the board and its company page the moment its deadline passes, with no cache expiry', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const job = jobByTitle(VOLATILE_JOB);
  // Long enough for the pages below to load before the deadline even on a busy CI machine.
  const deadline = Date.now() + 20_000;
  updateJob(job.id, 'expires_at', new Date(deadline).toISOString());
  try {
    // The cached list now holds the job with a deadline a few seconds away.
    await revalidate(request, ['jobs']);
    await page.goto('/job');
    await expect(jobRows(page).getByRole('link', { name: VOLATILE_JOB })).toBeVisible();
    await page.goto(`/virksomhed/${job.companySlug}`);
    await expect(
      page.getByRole('region', { name: 'Ledige stillinger' }).getByRole('link', { name: VOLATILE_JOB }),
    ).toBeVisible();

    await page.waitForTimeout(Math.max(0, deadline - Date.now()) + 500);
    await page.goto('/job');
    await expect(jobRows(page).first()).toBeVisible();
    await expect(jobRows(page).getByRole('link', { name: VOLATILE_JOB })).toHaveCount(0);
    await page.goto(`/virksomhed/${job.companySlug}`);
    await expect(
      page.getByRole('region', { name: 'Ledige stillinger' }).getByRole('link', { name: VOLATILE_JOB }),
    ).toHaveCount(0);
    await page.goto(`/job/${job.id}-${job.slug}`);
    await expect(page.getByRole('heading', { name: 'Stillingen er ikke længere ledig' })).toBeVisible();
  } finally {
    updateJob(job.id, 'expires_at', job.expiresAt);
    await revalidate(request, ['jobs']);
  }
});

test('markup in a job’s text stays inside its structured data', async ({ page, request }) => {
  const job = jobByTitle(VOLATILE_JOB);
  const hostile = `${VOLATILE_JOB} </script><script>document.title = "hacked"</script><!--`;
  updateJob(job.id, 'title', hostile);
  try {
    await revalidate(request, ['jobs']);
    await page.goto(`/job/${job.id}-${job.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostile);
    const postings = await jobPostings(page);
    expect(postings).toHaveLength(1);
    expect(postings[0]!.title).toBe(hostile);
    expect(await page.title()).not.toBe('hacked');
  } finally {
    updateJob(job.id, 'title', job.title);
    await revalidate(request, ['jobs']);
  }
});

test.describe('unknown jobs, entries and companies', () => {
  for (const path of [
    '/job/999999-findes-ikke',
    '/job/findes-ikke',
    '/job/0012-foran-nul',
    '/job/12-%C3%A6bler',
    '/navnenyt/findes-ikke',
    '/navnenyt/Store-Bogstaver',
    '/virksomhed/findes-ikke',
  ]) {
    test(`${path} answers a Danish 404 page with status 404`, async ({ page }) => {
      expect((await page.goto(path))?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeVisible();
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the job board filter is a plain form that still works', async ({ page }) => {
    await page.goto('/job');
    const nordjylland = await optionFor(page, 'Region', 'Nordjylland');
    await page.getByRole('combobox', { name: 'Region' }).selectOption({ label: nordjylland.label });
    await page.getByRole('button', { name: 'Vis job' }).click();
    await expect(page).toHaveURL(/region=Nordjylland/);
    await expect(jobRows(page)).toHaveCount(nordjylland.count);
  });
});

// One axe check per page type, with the tags e2e/accessibility.spec.ts uses.
const AXE_PAGES: [string, (page: Page) => Promise<string> | string, number?][] = [
  ['job board', () => '/job?region=Aarhus'],
  [
    'job page',
    async (page) => {
      await page.goto('/job');
      return (await jobRows(page).getByRole('link', { name: 'Managing Architect' }).getAttribute('href'))!;
    },
  ],
  [
    'expired job page',
    () => {
      const job = expiredJob();
      return `/job/${job.id}-${job.slug}`;
    },
    410,
  ],
  ['Navnenyt list', () => '/navnenyt?kategori=nyt-job'],
  ['Navnenyt entry', () => '/navnenyt/susanne-soenderskov-sourcing-it'],
  ['company page', () => '/virksomhed/kmd'],
];

for (const [name, pathFor, status = 200] of AXE_PAGES) {
  test(`the ${name} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
    expect((await page.goto(await pathFor(page)))?.status()).toBe(status);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
