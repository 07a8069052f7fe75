import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { queryTestDb, revalidate, runTestDb } from './fixtures';
import { danishDate, pickDateInCalendar } from './pages/date-controls';
import { JobForm } from './pages/widget-forms';
import { expect, test } from './sessions';

// The newsroom's date, time and file controls speak Danish whatever the browser's language (the test browser's is
// English): no "mm/dd/yyyy", "PM" or "Choose Files", a calendar with Danish month and day names and Monday first,
// typed dates the Danish way; and the forms still save the dates they did.

test.describe.configure({ mode: 'serial', timeout: 90_000 });

const MARK = `dk${Date.now().toString(36)}`;

test.afterAll(async ({ playwright }) => {
  runTestDb('DELETE FROM jobs WHERE title LIKE ?', `%${MARK}%`);
  const request = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  await revalidate(request, ['jobs', 'companies']);
  await request.dispose();
});

/** The first day of the month after next, and the 15th of it, in Copenhagen: always ahead, whatever today is. */
function dayAhead(): string {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' })
    .format(new Date())
    .split('-')
    .map(Number);
  const target = new Date(Date.UTC(year!, month! + 1, 15));
  return target.toISOString().slice(0, 10);
}

/** Everything a screen reader or a sighted editor would read on the page: its accessibility tree as text. */
const accessibleText = async (page: Page) => page.locator('body').ariaSnapshot();
const ENGLISH_CONTROLS = /mm\/dd\/yyyy|dd\/mm\/yyyy|Choose Files?|No file chosen|\b(AM|PM)\b|spinbutton/;

test('the admin pages with dates and files show no English browser controls', async ({ editorPage, adminPage }) => {
  const [article] = queryTestDb<{ id: number }>("SELECT id FROM articles WHERE status = 'draft' ORDER BY id LIMIT 1");
  const [campaign] = queryTestDb<{ id: number }>('SELECT id FROM sponsor_campaigns ORDER BY id LIMIT 1');
  const pages: [Page, string][] = [
    [editorPage, '/admin/job/ny'],
    [editorPage, '/admin/navnenyt/ny'],
    [editorPage, '/admin/annoncer/ny'],
    [editorPage, `/admin/annoncer/${campaign!.id}`],
    [editorPage, '/admin/medier'],
    [adminPage, '/admin/revisionslog'],
    ...(article ? ([[editorPage, `/admin/artikler/${article.id}`]] as [Page, string][]) : []),
  ];
  for (const [page, path] of pages) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(
      page.locator('input[type="date"], input[type="datetime-local"], input[type="time"]'),
      path,
    ).toHaveCount(0);
    expect(await accessibleText(page), path).not.toMatch(ENGLISH_CONTROLS);
  }
});

test('a job deadline picked in the Danish calendar, with the keyboard too, is the deadline on the job board', async ({
  editorPage: page,
}) => {
  const title = `Kalenderjob ${MARK}`;
  const deadline = dayAhead();
  const form = new JobForm(page);
  await form.openNew();
  await form.fill({ company: 'KMD A/S', title, region: 'Aarhus', url: 'https://kmd.dk/job/kalender' });

  // The calendar reads Danish: the month's name, the weekdays from Monday, the navigation.
  const open = page.getByRole('button', { name: 'Vælg dato i kalenderen: Ansøgningsfrist' });
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'Kalender: Ansøgningsfrist' });
  await expect(dialog).toBeVisible();
  const thisMonth = new Intl.DateTimeFormat('da-DK', { month: 'long', year: 'numeric', timeZone: 'Europe/Copenhagen' })
    .format(new Date())
    .toLowerCase();
  await expect(dialog.getByRole('grid', { name: new RegExp(`^${thisMonth}$`, 'i') })).toBeVisible();
  // The weekday row a sighted editor reads (hidden from screen readers, who hear each day's full name instead).
  expect(await dialog.locator('thead th').allTextContents()).toEqual(['ma', 'ti', 'on', 'to', 'fr', 'lø', 'sø']);
  const firstOfWeek = dialog.getByRole('row').first().getByRole('gridcell').first().getByRole('button');
  await expect(firstOfWeek).toHaveAccessibleName(/^(I dag, )?mandag den \d+\. \p{L}+ \d{4}/u);
  await expect(dialog.getByRole('button', { name: 'Gå til næste måned' })).toBeVisible();
  expect(await dialog.ariaSnapshot()).not.toMatch(/January|February|Monday|Sunday|Next month/);

  // The keyboard: the focus is in the calendar, arrows move it, Escape closes it and gives the focus back.
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();

  // Picked with the mouse, a month or two ahead: the field shows it the Danish way.
  await pickDateInCalendar(page, 'Ansøgningsfrist', deadline);
  await expect(page.getByLabel('Ansøgningsfrist', { exact: true })).toHaveValue(danishDate(deadline));
  await expect(open).toBeFocused();

  // Picked with the keyboard: Enter opens, the arrow keys move a day, Enter picks.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Ansøgningsfrist', { exact: true })).toHaveValue(danishDate(deadline));

  await form.create();
  await page.waitForURL(/\/admin\/job$/);
  const [job] = queryTestDb<{ expires_at: string }>('SELECT expires_at FROM jobs WHERE title = ?', title);
  // The end of that day in Copenhagen, as the ISO date the form always sent.
  expect(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date(job!.expires_at))).toBe(
    deadline,
  );

  await page.goto('/job');
  const listed = page.getByRole('main').getByRole('listitem').filter({ hasText: title });
  const [year, month, day] = deadline.split('-').map(Number);
  const shown = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year!, month! - 1, day!)),
  );
  await expect(listed).toContainText(`Ansøgningsfrist ${shown}`);
});

test('dates are typed the Danish way, and one that does not exist is said so in Danish before saving', async ({
  editorPage: page,
}) => {
  await page.goto('/admin/job/ny');
  const field = page.getByLabel('Ansøgningsfrist', { exact: true });
  await expect(field).toHaveAttribute('placeholder', 'dd.mm.åååå');
  await field.fill('1/2/2099');
  await field.blur();
  await expect(field).toHaveValue('01.02.2099');
  await field.fill('31.02.2099');
  await field.blur();
  await expect(page.getByText('Skriv datoen som dd.mm.åååå, f.eks. 31.12.2026.')).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Opret job' }).click();
  await expect(page.getByText('Vælg en ansøgningsfrist (en dato).')).toBeVisible();
  await expect(field).toHaveValue('31.02.2099');
});

test('the calendar, open, has no WCAG 2.2 A/AA violations', async ({ editorPage: page }) => {
  await page.goto('/admin/annoncer/ny');
  await page.getByRole('button', { name: 'Vælg dato i kalenderen: Starter, dato' }).click();
  await expect(page.getByRole('dialog', { name: 'Kalender: Starter, dato' })).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a day picked in the calendar is an unsaved change: leaving the form asks first', async ({ editorPage: page }) => {
  const [job] = queryTestDb<{ id: number }>('SELECT id FROM jobs ORDER BY id LIMIT 1');
  const form = new JobForm(page);
  await form.open(job!.id);
  await pickDateInCalendar(page, 'Ansøgningsfrist', dayAhead());
  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole('navigation', { name: 'Redaktionens menu' }).getByRole('link', { name: 'Job' }).click();
  await expect.poll(() => asked.length).toBe(1);
  await expect(page).toHaveURL(new RegExp(`/admin/job/${job!.id}$`));
});
