import { expect, test } from '@playwright/test';

import { SEED_ARTICLE_PATH, seedLines, seedParagraphs } from './fixtures';

const SEED_TITLE = 'Zoom beskyldes for at samarbejde med Kina';
const PFA_TITLE = 'PFA forbyder brug af Zoom: Se CIO Morten Bruun Steiners it-sikkerhedsplan her';
const AUTHORITIES_TITLE =
  'Zoom klar til at udlevere gratis-opkald til amerikanske myndigheder: "Politisk tonedøvt," lyder kritikken';
const SEED_JOBS = [
  ['Formpipe Software A/S', 'Senior Product Manager'],
  ['Netcompany A/S', 'Managing Architect'],
  ['KMD A/S', 'Senior Project Manager'],
  ['KMD A/S', 'Senior Test Manager'],
];

test('a reader opens the front page, reads the seed article and follows "Læs også"', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(
    page.getByRole('navigation', { name: 'Sektioner', exact: true }).getByRole('link', { name: 'Sikkerhed' }),
  ).toBeVisible();

  await page.getByRole('region', { name: 'Tophistorie' }).getByRole('link', { name: SEED_TITLE }).click();
  await expect(page).toHaveURL(SEED_ARTICLE_PATH);

  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  await expect(main.getByText(seedLines()[1]!, { exact: true })).toBeVisible();
  for (const paragraph of seedParagraphs()) {
    await expect(main.getByText(paragraph, { exact: true })).toBeVisible();
  }
  await expect(main.getByRole('link', { name: 'Nyheder', exact: true })).toHaveAttribute('href', '/nyheder');
  await expect(main.getByRole('link', { name: 'Jesper Kildegaard' })).toHaveAttribute(
    'href',
    '/skribent/jesper-kildegaard',
  );
  await expect(main.locator('time').first()).toHaveAttribute(
    'datetime',
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/,
  );
  await expect(main.locator('time').first()).toHaveText(/^\d{1,2}\. [a-zæøå]+ \d{4} kl\. \d{2}\.\d{2}$/);

  const image = main.getByRole('img', {
    name: 'Illustration: et videomøde med ni deltagere i et gitter på en blå skærm',
  });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(main.getByText('Illustration: Spalte')).toBeVisible();

  const readMore = main.getByRole('paragraph').filter({ hasText: 'Læs mere her:' });
  await expect(readMore.getByRole('link')).toHaveText(PFA_TITLE);

  const sidebar = page.getByRole('complementary', { name: 'Sidebjælke' });
  const sponsored = sidebar.getByRole('region', { name: 'Annonceindlæg fra DE-CIX' });
  await expect(
    sponsored.getByRole('link', {
      name: 'Enhver strategi for applikationsmodernisering bør tage netværket med fra start',
    }),
  ).toHaveAttribute('rel', /sponsored/);
  await expect(
    sponsored.getByText(
      'Modernisering af ældre on-premise-applikationer til cloud-løsninger er en topprioritet for virksomheder globalt.',
    ),
  ).toBeVisible();

  const jobs = sidebar.getByRole('region', { name: 'Job' });
  for (const [company, title] of SEED_JOBS) {
    const row = jobs.getByRole('listitem').filter({ hasText: title! });
    await expect(row).toContainText(company!);
    await expect(row).toContainText('Københavnsområdet');
  }

  const people = sidebar.getByRole('region', { name: 'Navnenyt fra it-Danmark' });
  for (const [name, company] of [
    ['Susanne Sønderskov', 'Sourcing IT'],
    ['Allan Bo Christiansen', 'Simple Agency Group A/S'],
  ]) {
    const entry = people.getByRole('article', { name: name! });
    await expect(entry).toContainText(company!);
    await expect(entry).toContainText('Nyt job');
  }
  await expect(
    people.getByText(/^Sourcing IT har pr\. 2\. februar 2026 ansat Susanne Sønderskov som Salgsdirektør\./),
  ).toBeVisible();

  await expect(sidebar.getByRole('region', { name: 'Mest læste' }).getByRole('listitem')).toHaveCount(5);

  await main
    .getByRole('paragraph')
    .filter({ hasText: 'Læs også:' })
    .getByRole('link', { name: AUTHORITIES_TITLE })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: AUTHORITIES_TITLE })).toBeVisible();
  await expect(page).toHaveURL(/^.*\/nyheder\/zoom-klar-til-at-udlevere-gratis-opkald-til-amerikanske-myndigheder$/);
});

test('the sponsored article has its own clearly labelled page', async ({ page }) => {
  await page.goto(SEED_ARTICLE_PATH);
  await page
    .getByRole('region', { name: 'Annonceindlæg fra DE-CIX' })
    .getByRole('link', { name: 'Enhver strategi for applikationsmodernisering bør tage netværket med fra start' })
    .click();
  const main = page.getByRole('main');
  await expect(
    main.getByRole('heading', {
      level: 1,
      name: 'Enhver strategi for applikationsmodernisering bør tage netværket med fra start',
    }),
  ).toBeVisible();
  await expect(main.getByText('Annonceindlæg fra DE-CIX')).toBeVisible();
  await expect(main.getByText(/Denne artikel er et annonceindlæg/)).toBeVisible();
  await expect(main.getByRole('link', { name: 'DE-CIX’ hjemmeside' })).toHaveAttribute('rel', /sponsored/);
});

test('bylines, tags and section links lead to listing pages', async ({ page }) => {
  await page.goto(SEED_ARTICLE_PATH);
  await page.getByRole('navigation', { name: 'Emner' }).getByRole('link', { name: 'Zoom' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zoom' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: SEED_TITLE })).toBeVisible();

  await page.getByRole('main').getByRole('link', { name: PFA_TITLE }).click();
  await page.getByRole('main').getByRole('link', { name: 'Line Vestergaard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Line Vestergaard' })).toBeVisible();
  // The portrait is the square crop around the focal point, not the original cut by CSS.
  await expect(
    page.getByRole('main').getByRole('img', { name: 'Portrætillustration af Line Vestergaard' }),
  ).toHaveAttribute('src', /-1x1-\d+-\d+\.jpg/);
  await expect(page.getByRole('main').getByRole('link', { name: PFA_TITLE })).toBeVisible();

  await page.goto('/sikkerhed');
  await expect(page.getByRole('heading', { level: 1, name: 'Sikkerhed' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: PFA_TITLE })).toBeVisible();
});

test.describe('unknown pages', () => {
  for (const path of [
    '/findes-ikke',
    '/nyheder/findes-ikke',
    '/nyheder?side=999',
    '/skribent/findes-ikke',
    '/tag/findes-ikke',
    '/a/b/c',
  ]) {
    test(`${path} answers a Danish 404 page with status 404`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Gå til forsiden' })).toBeVisible();
    });
  }
});

test('404s arrive as complete Danish pages in the HTML itself, for typos, scanners and bad page numbers alike', async ({
  request,
}) => {
  // Read as a crawler or a browser without JavaScript would: the raw HTML, not what scripts make of it.
  for (const path of [
    '/sikkerhed?side=abc',
    '/sikkerhed?side=0',
    '/tag/zoom?side=1&side=2',
    '/navnenyt?side=-1',
    '/annonceindlaeg?side=1.5',
    '/soeg?q=zoom&side=02',
    '/favicon.ico',
    '/wp-login.php',
    '/soeg/x',
    '/job/abc',
    '/nyheder/zoom%00',
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    const html = await response.text();
    expect(html, path).toMatch(/<html lang="da"/);
    expect(html, path).toMatch(/<h1[^>]*>Siden findes ikke<\/h1>/);
  }
});

test('upper-case addresses move to their lower-case form; unreadable ones get a Danish 400', async ({ request }) => {
  const moved = await request.get('/Nyheder/ZOOM-BESKYLDES-FOR-AT-SAMARBEJDE-MED-KINA', { maxRedirects: 0 });
  expect(moved.status()).toBe(301);
  expect(new URL(moved.headers().location!, 'http://spalte.test').pathname).toBe(SEED_ARTICLE_PATH);
  const bad = await request.get('/tag/%ff', { maxRedirects: 0 });
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toContain('Ugyldig adresse');
});

test('unreadable addresses of media, the API and Next’s own files get the Danish 400 too, not a 500', async ({
  request,
}) => {
  for (const path of ['/medier/%ff', '/api/%ff', '/_next/%ff', '/_next/static/%ff/x.js', '/api/views/%c3%28']) {
    const bad = await request.get(path, { maxRedirects: 0 });
    expect(bad.status(), path).toBe(400);
    expect(await bad.text(), path).toContain('Ugyldig adresse');
  }
});

test('pages keep other sites out of their window and their resources', async ({ request }) => {
  for (const path of ['/', SEED_ARTICLE_PATH, '/admin/login', '/robots.txt']) {
    const response = await request.get(path);
    expect(response.headers()['cross-origin-opener-policy'], path).toBe('same-origin');
    expect(response.headers()['cross-origin-resource-policy'], path).toBe('same-origin');
  }
});

test('the front page has one address: its internal path redirects to /', async ({ page }) => {
  const response = await page.request.get('/forside/dk', { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe('/');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the front page and the seed article are complete and readable', async ({ page }) => {
    await page.goto('/');
    await expect(
      page.getByRole('region', { name: 'Tophistorie' }).getByRole('link', { name: SEED_TITLE }),
    ).toBeVisible();
    await expect(
      page.getByRole('complementary', { name: 'Sidebjælke' }).getByRole('region', { name: 'Job' }),
    ).toBeVisible();

    await page.getByRole('region', { name: 'Tophistorie' }).getByRole('link', { name: SEED_TITLE }).click();
    await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
    for (const paragraph of seedParagraphs()) {
      await expect(page.getByRole('main').getByText(paragraph, { exact: true })).toBeVisible();
    }
    await expect(page.getByRole('img', { name: /^Illustration: et videomøde/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Navnenyt fra it-Danmark' })).toContainText('Susanne Sønderskov');
  });

  for (const path of [
    '/findes-ikke',
    '/nyheder/findes-ikke',
    '/tag/findes-ikke',
    '/skribent/findes-ikke',
    '/job/99999-x',
  ]) {
    test(`the 404 page at ${path} is readable without JavaScript`, async ({ page }) => {
      expect((await page.goto(path))?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Gå til forsiden' })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    });
  }
});

test('a phone-sized screen shows articles without horizontal scrolling, and search stays in reach', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  // The seed article, and one whose headline holds a 25-letter compound ("applikationsmodernisering").
  for (const path of [
    SEED_ARTICLE_PATH,
    '/cloud/enhver-strategi-for-applikationsmodernisering-boer-tage-netvaerket-med-fra-start',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await expect(
    page.getByRole('navigation', { name: 'Sektioner', exact: true }).getByRole('link', { name: 'Søg' }),
  ).toBeInViewport({ ratio: 1 });
});

test('the section menu marks where the reader is', async ({ page }) => {
  const menu = page.getByRole('navigation', { name: 'Sektioner', exact: true });
  await page.goto('/sikkerhed');
  await expect(menu.getByRole('link', { name: 'Sikkerhed' })).toHaveAttribute('aria-current', 'page');
  await expect(menu.getByRole('link', { name: 'Nyheder' })).not.toHaveAttribute('aria-current');
  await page.goto(SEED_ARTICLE_PATH);
  await expect(menu.getByRole('link', { name: 'Nyheder' })).toHaveAttribute('aria-current', 'true');
});

test('an article shows its reading time and leads to its neighbours in the section', async ({ page }) => {
  await page.goto(SEED_ARTICLE_PATH);
  const main = page.getByRole('main');
  await expect(main.getByText(/^Læsetid \d+ min\.$/)).toBeVisible();
  const neighbours = main.getByRole('navigation', { name: 'Flere artikler i Nyheder' });
  // The seed article is the newest in its section: there is an older one, no newer one.
  await expect(neighbours.getByText('Næste artikel')).toHaveCount(0);
  await neighbours.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(SEED_TITLE);
  await expect(
    page
      .getByRole('main')
      .getByRole('navigation', { name: 'Flere artikler i Nyheder' })
      .getByRole('link', { name: SEED_TITLE }),
  ).toBeVisible();
});

test('sponsored content has its own listing and never appears unlabelled among the news', async ({ page }) => {
  const sponsoredTitle = 'Enhver strategi for applikationsmodernisering bør tage netværket med fra start';
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Annonceindlæg' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Annonceindlæg' })).toBeVisible();
  const item = page.getByRole('main').getByRole('listitem').filter({ hasText: sponsoredTitle });
  await expect(item).toContainText('Annonceindlæg fra DE-CIX');

  for (const path of ['/', '/cloud']) {
    await page.goto(path);
    await expect(page.getByRole('main').getByRole('link', { name: sponsoredTitle })).toHaveCount(0);
  }
});

test('a reader browses a section page by page', async ({ page }) => {
  await page.goto('/sikkerhed');
  const main = page.getByRole('main');
  const firstPage = await main.getByRole('heading', { level: 2 }).allTextContents();
  expect(firstPage).toHaveLength(15);
  const pager = main.getByRole('navigation', { name: 'Sider' });
  await expect(pager.locator('[aria-current="page"]')).toContainText('Side 1');
  await pager.getByRole('link', { name: 'Side 2' }).click();
  await expect(page).toHaveURL(/\/sikkerhed\?side=2$/);
  const secondPage = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
  await page
    .getByRole('main')
    .getByRole('navigation', { name: 'Sider' })
    .getByRole('link', { name: 'Forrige side' })
    .click();
  await expect(page).toHaveURL(/\/sikkerhed$/);
  expect((await page.goto('/sikkerhed?side=3'))?.status()).toBe(404);
  expect((await page.goto('/sikkerhed?side=abc'))?.status()).toBe(404);
});
