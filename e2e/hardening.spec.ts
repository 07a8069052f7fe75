import { request as httpRequest } from 'node:http';

import { expect, type Page } from '@playwright/test';

import { REQUEST_REFUSALS } from '../copy/admin';
import { queryTestDb, revalidate, runTestDb, SEED_ARTICLE_PATH } from './fixtures';
import { JobForm } from './pages/widget-forms';
import { callAction, recordAction } from './server-actions';
import { test } from './sessions';

// What a security review tried as an attacker (issue 14): server actions called from another site, too large,
// malformed or without their arguments; an inline script slipped into a page; forwarding headers a client sets
// itself.

const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
const jobsTitled = (title: string) => queryTestDb<{ id: number }>('SELECT id FROM jobs WHERE title = ?', title).length;

// The jobs made here would crowd the seed's out of the sidebar that later specs read.
test.afterAll(async ({ playwright }) => {
  runTestDb("DELETE FROM jobs WHERE title LIKE 'Hærdningsjob %'");
  const request = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  await revalidate(request, ['jobs', 'companies']);
  await request.dispose();
});

const jobFields = (title: string) => ({
  company: 'KMD A/S',
  title,
  region: 'Aarhus',
  url: 'https://kmd.dk/job/haerdning',
  deadline: '2099-12-31',
  description: 'Drift af platformen.',
});

test('a job description too large to send gets a Danish message in the form, and nothing is saved', async ({
  editorPage: page,
}) => {
  const title = `Hærdningsjob ${unique()}`;
  const form = new JobForm(page);
  await form.openNew();
  await form.fill(jobFields(title));
  // Past the field's own limit, as a tampered page could send it: three million characters.
  await page.getByLabel('Beskrivelse').evaluate((field: HTMLTextAreaElement) => {
    field.removeAttribute('maxlength');
    field.value = 'x'.repeat(3_000_000);
  });
  const answer = page.waitForResponse((response) => response.request().headers()['next-action'] !== undefined);
  await form.create();
  expect((await answer).status()).toBe(413);
  await expect(page.getByRole('status').filter({ hasText: REQUEST_REFUSALS.tooLarge })).toBeVisible();
  // What was typed is still there, and nothing was created.
  await expect(page.getByLabel('Titel')).toHaveValue(title);
  expect(jobsTitled(title)).toBe(0);
});

test('server actions from another site, too large, malformed or without arguments get 403, 413 and 400, changing nothing', async ({
  editorPage: page,
}) => {
  const form = new JobForm(page);
  await form.openNew();
  const first = `Hærdningsjob ${unique()}`;
  await form.fill(jobFields(first));
  const create = await recordAction(page, () => form.create());
  await page.waitForURL(/\/admin\/job$/);
  expect(jobsTitled(first)).toBe(1);

  const title = `Hærdningsjob ${unique()}`;
  const send = (body: string, headers: Record<string, string> = {}) =>
    page.request.post(create.url, {
      headers: {
        'next-action': create.id,
        'next-router-state-tree': create.tree,
        'content-type': 'text/plain;charset=UTF-8',
        ...headers,
      },
      data: body,
    });

  const foreign = await send(JSON.stringify([jobFields(title)]), { origin: 'https://evil.example' });
  expect(foreign.status()).toBe(403);
  expect(await foreign.text()).toBe(REQUEST_REFUSALS.foreignOrigin);

  const huge = await send(JSON.stringify([{ ...jobFields(title), description: 'x'.repeat(5 * 1024 * 1024) }]));
  expect(huge.status()).toBe(413);
  expect(await huge.text()).toBe(REQUEST_REFUSALS.tooLarge);

  for (const body of ['["x"', '[]', '']) {
    const malformed = await send(body);
    expect(malformed.status(), body).toBe(400);
    expect(await malformed.text()).toBe(REQUEST_REFUSALS.malformed);
  }

  // A form posted without JavaScript from another site gets a Danish page, not Next's 500.
  const crossSiteForm = await page.request.post(create.url, {
    headers: { origin: 'https://evil.example' },
    multipart: { title },
  });
  expect(crossSiteForm.status()).toBe(403);
  expect(await crossSiteForm.text()).toContain(REQUEST_REFUSALS.foreignOrigin);

  expect(jobsTitled(title)).toBe(0);
  // The same call, well-formed and from our own pages, still works.
  const valid = await callAction(page, create, [jobFields(title)], { maxRedirects: 0 });
  expect(valid.status()).toBeLessThan(400);
  expect(jobsTitled(title)).toBe(1);
});

/** Serves `path` with an inline script added to the HTML the server sent, keeping (or dropping) its CSP header. */
async function injectScript(page: Page, path: string, { keepPolicy = true } = {}) {
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      const headers = Object.fromEntries(
        Object.entries(response.headers()).filter(
          ([name]) =>
            !['content-encoding', 'content-length'].includes(name) &&
            (keepPolicy || name !== 'content-security-policy'),
        ),
      );
      const html = (await response.text()).replace('</main>', '<script>window.__injected = true;</script></main>');
      await route.fulfill({ status: response.status(), headers, body: html });
    },
  );
}

/** Inline scripts the browser refused, as reported by the page's CSP violation events. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { __violations: string[] }).__violations.push(
        `${event.effectiveDirective} ${event.blockedURI}`,
      ),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

const injected = (page: Page) => page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected);

test('an inline script slipped into a public article does not run, while the page’s own scripts do', async ({
  page,
}) => {
  const response = await page.request.get(SEED_ARTICLE_PATH);
  const policy = response.headers()['content-security-policy']!;
  const scriptSrc = policy.split(';').find((part) => part.trim().startsWith('script-src'))!;
  expect(scriptSrc).toMatch(/^ ?script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
  expect(response.headers()['cache-control']).toContain('s-maxage');
  // A revalidation (304) or a HEAD carries no policy, so the browser keeps the stored page's hashes with its HTML.
  const etag = response.headers()['etag']!;
  const unchanged = await page.request.get(SEED_ARTICLE_PATH, { headers: { 'if-none-match': etag } });
  expect(unchanged.status()).toBe(304);
  expect(unchanged.headers()['content-security-policy']).toBeUndefined();
  expect((await page.request.head(SEED_ARTICLE_PATH)).headers()['content-security-policy']).toBeUndefined();

  const violations = await watchViolations(page);
  await injectScript(page, SEED_ARTICLE_PATH);
  // The page's own scripts run: the view beacon is theirs.
  const beacon = page.waitForRequest((request) => request.url().endsWith('/api/views'));
  await page.goto(SEED_ARTICLE_PATH);
  await beacon;
  expect(await injected(page)).toBeUndefined();
  expect(await violations()).toEqual(['script-src-elem inline']);

  // Without the policy the same page runs the script: the policy is what stops it.
  const control = await page.context().newPage();
  await injectScript(control, SEED_ARTICLE_PATH, { keepPolicy: false });
  await control.goto(SEED_ARTICLE_PATH);
  expect(await injected(control)).toBe(true);
});

test('the newsroom has a fresh nonce per request; an injected inline script does not run there either', async ({
  editorPage: page,
}) => {
  const policies = await Promise.all([page.request.get('/admin'), page.request.get('/admin')]).then((answers) =>
    answers.map((answer) => answer.headers()['content-security-policy']!),
  );
  for (const policy of policies) {
    expect(policy).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic' 'self'(;|$)/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  }
  expect(policies[0]).not.toBe(policies[1]);

  const violations = await watchViolations(page);
  await injectScript(page, '/admin/artikler/ny');
  await page.goto('/admin/artikler/ny');
  // The editor's own scripts run: the SEO title's character count follows what is typed.
  await page.getByLabel('SEO-titel').fill('Fire ord i alt.');
  await expect(page.getByText('15 af anbefalet 60 tegn. Tom: overskriften bruges.')).toBeVisible();
  expect(await injected(page)).toBeUndefined();
  expect(await violations()).toEqual(['script-src-elem inline']);
});

/** A GET from a given local address (127.0.0.2 is the trusted proxy in playwright.config.ts). */
function getFrom(localAddress: string, path: string, headers: Record<string, string>) {
  const base = new URL(test.info().project.use.baseURL!);
  return new Promise<Record<string, string | string[] | undefined>>((resolve, reject) => {
    const request = httpRequest(
      { host: base.hostname, port: base.port, path, method: 'GET', localAddress, headers },
      (response) => {
        response.resume();
        resolve(response.headers);
      },
    );
    request.on('error', reject);
    request.end();
  });
}

test('HSTS only when a trusted proxy says the reader came over https', async () => {
  const hsts = 'max-age=63072000; includeSubDomains';
  expect(
    (await getFrom('127.0.0.2', '/robots.txt', { 'x-forwarded-proto': 'https' }))['strict-transport-security'],
  ).toBe(hsts);
  expect(
    (await getFrom('127.0.0.2', '/robots.txt', { 'x-forwarded-proto': 'http' }))['strict-transport-security'],
  ).toBeUndefined();
  // A client's own claim counts for nothing.
  expect(
    (await getFrom('127.0.0.1', '/robots.txt', { 'x-forwarded-proto': 'https' }))['strict-transport-security'],
  ).toBeUndefined();
});
