import { expect, test } from '@playwright/test';

import { pathOf, PUBLIC_PAGES } from './public-pages';
import { formatHtmlMessage, validateHtml, type HtmlReport } from './validators';

// Every public page type (e2e/public-pages.ts), as the server sends it (before any script runs), checked with
// the W3C Nu HTML checker: zero errors allowed. Warnings are attached to the test as annotations but do not fail
// it. All pages go to the checker in one batch, because starting Java takes far longer than checking a page.

// Next.js 16.4 answers a page that calls notFound() with an empty shell, `<html id="__next_error__">` without
// `lang` or content, and renders the 404 only in the browser (vercel/next.js#62228). The site's pages therefore never
// call it: they render the not-found message themselves, and the front layer answers with the status the message
// asks for (scripts/http-front.cjs). The check below that every page arrives rendered covers the 404s too.

// Fails the checker several ways, so the page tests cannot pass because nothing was checked.
const KNOWN_BAD = {
  name: 'self-check: known-bad document',
  html: '<!DOCTYPE html><html lang="da"><head><title>Fejl</title></head><body><ul><div>x</div></ul><img src="a.png"></body></html>',
};

test.describe.serial('HTML validity (W3C Nu HTML checker)', () => {
  const fetched = new Map<string, { path: string; status: number; html: string }>();
  let reports = new Map<string, HtmlReport>();

  test.beforeAll(async ({ browser, playwright }, testInfo) => {
    testInfo.setTimeout(240_000);
    const baseURL = testInfo.project.use.baseURL;
    const page = await browser.newPage({ baseURL });
    const request = await playwright.request.newContext({ baseURL });
    const documents = [KNOWN_BAD];
    try {
      for (const entry of PUBLIC_PAGES) {
        const path = await pathOf(page, entry);
        const response = await request.get(path, { maxRedirects: 0 });
        const html = await response.text();
        fetched.set(entry.name, { path, status: response.status(), html });
        documents.push({ name: entry.name, html });
      }
    } finally {
      await request.dispose();
      await page.close();
    }
    reports = await validateHtml(documents);
  });

  test('the checker finds the errors in a known-bad document', () => {
    expect(reports.get(KNOWN_BAD.name)!.errors.map(formatHtmlMessage)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Element “div” not allowed as child of element “ul”/),
        expect.stringMatching(/“img” element must have an “alt” attribute/),
      ]),
    );
  });

  for (const entry of PUBLIC_PAGES) {
    test(`the ${entry.name} is valid HTML`, () => {
      const { path, status } = fetched.get(entry.name)!;
      expect(status, path).toBe(entry.status);
      const { errors, warnings } = reports.get(entry.name)!;
      for (const warning of warnings) {
        test.info().annotations.push({ type: 'vnu warning', description: `${path}: ${formatHtmlMessage(warning)}` });
      }
      expect(errors.map(formatHtmlMessage), `Nu HTML checker errors on ${path}`).toEqual([]);
    });
  }

  // Validating a shell that the browser fills in would check nothing of the page itself.
  const renderedProblems = (html: string) =>
    [
      /<html lang="da"[\s>]/.test(html) ? null : 'no <html lang="da">',
      /<main[\s>][\s\S]*<h1[\s>][\s\S]*<\/main>/.test(html) ? null : 'no <h1> inside <main>',
    ].filter(Boolean);

  test('every page arrives rendered from the server: <html lang="da"> and its heading in <main>', () => {
    const problems = PUBLIC_PAGES.flatMap(({ name }) => {
      const { path, html } = fetched.get(name)!;
      return renderedProblems(html).map((problem) => `${name} (${path}): ${problem}`);
    });
    expect(problems).toEqual([]);
  });
});
