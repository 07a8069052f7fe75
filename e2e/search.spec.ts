import { expect, test } from '@playwright/test';

const AUTHORITIES_TITLE =
  'Zoom klar til at udlevere gratis-opkald til amerikanske myndigheder: "Politisk tonedøvt," lyder kritikken';
const PFA_TITLE = 'PFA forbyder brug af Zoom: Se CIO Morten Bruun Steiners it-sikkerhedsplan her';

test('a reader searches for a word with ø and finds the article with the word highlighted', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Sektioner', exact: true }).getByRole('link', { name: 'Søg' }).click();
  await page.getByRole('searchbox', { name: 'Søgeord' }).fill('tonedøvt');
  await page.getByRole('button', { name: 'Søg' }).click();
  await expect(page).toHaveURL(/\/soeg\?q=tone/);
  const hit = page.getByRole('main').getByRole('article').filter({ hasText: AUTHORITIES_TITLE });
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark').first()).toHaveText(/tonedøvt/i);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

test('ae/oe/aa spellings find the same articles as æ/ø/å', async ({ page }) => {
  await page.goto('/soeg?q=tonedoevt');
  await expect(page.getByRole('main').getByRole('link', { name: AUTHORITIES_TITLE })).toBeVisible();
  await page.goto('/soeg?q=k%C3%B8benhavn');
  const withLetters = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
  expect(withLetters.length).toBeGreaterThan(0);
  await page.goto('/soeg?q=koebenhavn');
  expect(await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents()).toEqual(withLetters);
});

test('filters narrow the results to a section and a period', async ({ page }) => {
  await page.goto('/soeg?q=zoom');
  await page.getByRole('combobox', { name: 'Sektion' }).selectOption({ label: 'Sikkerhed' });
  await page.getByRole('button', { name: 'Søg' }).click();
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([PFA_TITLE]);
  await page.goto('/soeg?q=zoom&periode=doegn');
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
    'Zoom beskyldes for at samarbejde med Kina',
  ]);
});

test('many results are paged, and the query survives paging', async ({ page }) => {
  await page.goto('/soeg?q=og');
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(15);
  await page.getByRole('navigation', { name: 'Sider' }).getByRole('link', { name: 'Næste side' }).click();
  await expect(page).toHaveURL(/q=og/);
  await expect(page).toHaveURL(/side=2/);
  await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
  expect((await page.goto('/soeg?q=og&side=999'))?.status()).toBe(404);
});

test('an empty search and a search without hits get friendly messages', async ({ page }) => {
  await page.goto('/soeg');
  await expect(page.getByText('Skriv et eller flere ord for at søge')).toBeVisible();
  await page.goto('/soeg?q=xyzzyqwerty');
  await expect(page.getByText('Ingen artikler matcher »xyzzyqwerty«.')).toBeVisible();
});

for (const hostile of [
  '"',
  'zoom"',
  '*',
  'NEAR(zoom kina',
  '((zoom',
  'title:zoom OR',
  '-',
  '"; DROP TABLE articles; --',
  'ø'.repeat(2000),
]) {
  test(`hostile input ${JSON.stringify(hostile.slice(0, 24))} answers a normal page`, async ({ page }) => {
    const response = await page.goto(`/soeg?q=${encodeURIComponent(hostile)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Søg i Spalte' })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Søgeord' })).toBeVisible();
  });
}
