import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

import { pathOf, PUBLIC_PAGES } from './public-pages';

// Every public page type (e2e/public-pages.ts), checked against WCAG 2.2 A and AA with axe-core.

for (const entry of PUBLIC_PAGES) {
  test(`the ${entry.name} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
    const path = await pathOf(page, entry);
    expect((await page.goto(path))?.status(), path).toBe(entry.status);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
