import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

import { SEED_ARTICLE_PATH } from './fixtures';

// Every reader page type built so far, checked against WCAG 2.2 A and AA with axe-core.
const PAGES: [string, string, number][] = [
  ['front page', '/', 200],
  ['seed article', SEED_ARTICLE_PATH, 200],
  ['sponsored article', '/cloud/enhver-strategi-for-applikationsmodernisering-boer-tage-netvaerket-med-fra-start', 200],
  ['section', '/sikkerhed', 200],
  ['tag', '/tag/zoom', 200],
  ['author', '/skribent/jesper-kildegaard', 200],
  ['search', '/soeg?q=zoom', 200],
  ['sponsored listing', '/annonceindlaeg', 200],
  ['404', '/nyheder/findes-ikke', 404],
];

for (const [name, path, status] of PAGES) {
  test(`the ${name} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
    expect((await page.goto(path))?.status()).toBe(status);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
