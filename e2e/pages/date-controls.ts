import { expect, type Locator, type Page } from '@playwright/test';

// The newsroom's Danish date and time fields (components/admin/date-controls.tsx), as an editor uses them: a date
// typed as dd.mm.åååå, a time as tt.mm, or a day picked in the calendar.

/** ISO "2099-12-31" as an editor types it: "31.12.2099". */
export const danishDate = (iso: string) => (iso ? iso.split('-').reverse().join('.') : '');

/** Types an ISO date (or '' to clear) into the date field labelled `label`. */
export async function typeDate(scope: Page | Locator, label: string, iso: string) {
  const field = scope.getByLabel(label, { exact: true });
  await field.fill(danishDate(iso));
  await field.blur();
}

/** Types a datetime-local value ("2026-11-28T14:05") into the date and time fields of the group named `legend`. */
export async function typeDateTime(page: Page, legend: string, local: string) {
  const [date = '', time = ''] = local.split('T');
  const group = page.getByRole('group', { name: legend });
  await typeDate(group, 'Dato', date);
  await group.getByLabel('Klokkeslæt', { exact: true }).fill(time.slice(0, 5).replace(':', '.'));
}

const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

/**
 * Opens the calendar of the date field labelled `label`, goes to the month of `iso` with the "next month" button
 * and picks the day, as an editor would with the mouse. Returns the dialog's locator (closed by then).
 */
export async function pickDateInCalendar(scope: Page | Locator, label: string, iso: string) {
  await scope.getByRole('button', { name: `Vælg dato i kalenderen: ${label}` }).click();
  const dialog = scope.getByRole('dialog', { name: `Kalender: ${label}` });
  await expect(dialog).toBeVisible();
  const [year, month, day] = iso.split('-').map(Number);
  const caption = new RegExp(`^${MONTHS[month! - 1]} ${year}$`, 'i');
  for (let step = 0; step < 240; step++) {
    if (await dialog.getByRole('grid', { name: caption }).isVisible()) break;
    await dialog.getByRole('button', { name: 'Gå til næste måned' }).click();
  }
  await dialog
    .getByRole('grid', { name: caption })
    .getByRole('button', { name: new RegExp(`den ${day}\\. ${MONTHS[month! - 1]} ${year}`) })
    .click();
  await expect(dialog).toBeHidden();
  return dialog;
}
