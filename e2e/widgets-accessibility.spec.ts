import AxeBuilder from '@axe-core/playwright';

import { queryTestDb } from './fixtures';
import { expect, sessionFile, test } from './sessions';

// The widget admin pages (jobs, Navnenyt, sponsor campaigns) and the authors, sections and tags admin, empty and with
// their validation errors showing, checked with axe against WCAG 2.2 A and AA.

test('the widget, author, section and tag admin pages have no WCAG 2.2 A/AA violations, with validation errors showing', async ({
  loggedInPage,
}) => {
  // Seventeen pages, each analysed by axe.
  test.setTimeout(90_000);
  const page = await loggedInPage(sessionFile('editor'), '/admin/job');
  const [job] = queryTestDb<{ id: number }>('SELECT id FROM jobs ORDER BY id LIMIT 1');
  const [entry] = queryTestDb<{ id: number }>('SELECT id FROM people_news ORDER BY id LIMIT 1');
  const [campaign] = queryTestDb<{ id: number }>('SELECT id FROM sponsor_campaigns ORDER BY id LIMIT 1');
  const [author] = queryTestDb<{ id: number }>('SELECT id FROM authors ORDER BY id LIMIT 1');
  const [section] = queryTestDb<{ id: number }>('SELECT id FROM sections ORDER BY id LIMIT 1');
  const [tag] = queryTestDb<{ id: number }>('SELECT id FROM tags ORDER BY id LIMIT 1');
  const pages: [string, string | null][] = [
    ['/admin/job', null],
    ['/admin/job/ny', 'Opret job'],
    [`/admin/job/${job!.id}`, null],
    ['/admin/navnenyt', null],
    [`/admin/navnenyt/${entry!.id}`, null],
    ['/admin/navnenyt/ny', 'Opret navnenyhed'],
    ['/admin/annoncer', null],
    [`/admin/annoncer/${campaign!.id}`, null],
    ['/admin/annoncer/ny', 'Opret kampagne'],
    // The people and the menu: authors, sections and tags (issue 15).
    ['/admin/skribenter', null],
    [`/admin/skribenter/${author!.id}`, null],
    ['/admin/skribenter/ny', 'Opret skribent'],
    ['/admin/sektioner', null],
    [`/admin/sektioner/${section!.id}`, null],
    ['/admin/sektioner/ny', 'Opret sektion'],
    ['/admin/emner', null],
    [`/admin/emner/${tag!.id}`, null],
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
