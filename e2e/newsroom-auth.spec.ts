import { openTestDb, queryTestDb } from './fixtures';
import { expect, test } from './sessions';
import { clearLoginThrottle, createStaff, logIn, logInFrom, loginAudit } from './staff';

// Logging in and out of the newsroom, brute-force protection, and sessions that end when they must.
// These stories log in through the form with accounts of their own (they lock out, log out, deactivate and change
// passwords); only the privacy check uses the shared writer's saved session (e2e/sessions.ts).
test.describe.configure({ mode: 'serial' });

test.afterEach(() => clearLoginThrottle());

test('an anonymous visitor is sent to the login and back to the page they asked for', async ({ page }) => {
  const editor = await createStaff('editor');
  await page.goto('/admin/revisionslog');
  await expect(page).toHaveURL(/\/admin\/login\?callbackUrl=%2Fadmin%2Frevisionslog$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await page.getByLabel('E-mailadresse').fill(editor.email);
  await page.getByLabel('Adgangskode').fill(editor.password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).toHaveURL(/\/admin\/revisionslog$/);
  // An editor is not an admin: the audit log is refused by the page itself.
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen adgang' })).toBeVisible();
});

test('a wrong password gets a Danish message that does not tell whether the e-mail exists', async ({
  page,
  request,
}) => {
  const writer = await createStaff('writer');
  await page.goto('/admin/login');
  await page.getByLabel('E-mailadresse').fill(writer.email);
  await page.getByLabel('Adgangskode').fill('forkert-adgangskode');
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page.getByText('Forkert e-mailadresse eller adgangskode.')).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/login/);

  const known = await request.post('/api/login', { data: { email: writer.email, password: 'forkert' } });
  const unknown = await request.post('/api/login', { data: { email: 'findes.ikke@spalte.dk', password: 'forkert' } });
  expect(known.status()).toBe(401);
  expect(unknown.status()).toBe(401);
  expect(await unknown.json()).toEqual(await known.json());
});

test('malformed logins get 400, 413 and 415, never a 500', async ({ request }) => {
  expect((await request.post('/api/login', { data: { email: '' } })).status()).toBe(400);
  expect(
    (await request.post('/api/login', { headers: { 'content-type': 'application/json' }, data: '{"email":' })).status(),
  ).toBe(400);
  expect((await request.post('/api/login', { form: { email: 'a@b.dk', password: 'x' } })).status()).toBe(415);
  expect((await request.post('/api/login', { data: { email: 'a@b.dk', password: 'x'.repeat(5000) } })).status()).toBe(
    413,
  );
});

test('after 5 failed attempts from one address the account is locked there with 429 and a wait time, even for the right password', async ({
  page,
  request,
}) => {
  const editor = await createStaff('editor');
  for (let attempt = 1; attempt <= 4; attempt++) {
    expect(
      (await request.post('/api/login', { data: { email: editor.email, password: `gæt-${attempt}` } })).status(),
    ).toBe(401);
  }
  const fifth = await request.post('/api/login', { data: { email: editor.email, password: 'gæt-5' } });
  expect(fifth.status()).toBe(429);
  expect(Number(fifth.headers()['retry-after'])).toBeGreaterThan(800);
  const locked = await request.post('/api/login', { data: { email: editor.email, password: editor.password } });
  expect(locked.status()).toBe(429);
  expect((await locked.json()).error).toBe('For mange mislykkede loginforsøg. Prøv igen om 15 minutter.');
  // Five passwords checked, the sixth attempt refused unchecked.
  expect(loginAudit(editor.email, editor.id)).toEqual({ checked: 5, failed: 5, succeeded: 0, refused: 1 });

  // The lock (on this account from this address) lives in the database, so a restart would not lift it, and the
  // form shows the message.
  const [row] = queryTestDb<{ locked_until: string }>(
    "SELECT locked_until FROM login_throttle WHERE key LIKE 'pair:%|' || ?",
    editor.email,
  );
  expect(Date.parse(row!.locked_until)).toBeGreaterThan(Date.now() + 10 * 60 * 1000);
  await page.goto('/admin/login');
  await page.getByLabel('E-mailadresse').fill(editor.email);
  await page.getByLabel('Adgangskode').fill(editor.password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page.getByText(/For mange mislykkede loginforsøg\. Prøv igen om \d+ minutter\./)).toBeVisible();
});

for (const who of ['a real account', 'an unknown e-mail'] as const) {
  test(`30 wrong passwords at once from one address for ${who}: at most 5 are checked, the rest get 429`, async ({
    request,
  }) => {
    const staff = who === 'a real account' ? await createStaff('writer') : null;
    const email = staff?.email ?? `findes-ikke-${Date.now()}@test.spalte.local`;
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => request.post('/api/login', { data: { email, password: `gæt-${i}` } })),
    );
    const statuses = answers.map((answer) => answer.status());
    expect(statuses.filter((status) => status !== 401 && status !== 429)).toEqual([]);
    const audit = loginAudit(email, staff?.id ?? null);
    expect(audit.checked).toBeLessThanOrEqual(5);
    expect(audit.succeeded).toBe(0);
    expect(audit.refused).toBe(30 - audit.checked);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(25);
  });
}

test('a stranger who locks an account from their address does not lock out its owner; 50 failures from ten addresses lock it for everyone', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  const editor = await createStaff('editor');
  const guess = (address: string, attempt: number) =>
    logInFrom(address, { email: editor.email, password: `gæt-${attempt}` });

  // The stranger, at 203.0.113.66, locks the account for themselves, whatever they try next.
  const stranger = [];
  for (let attempt = 1; attempt <= 5; attempt++) stranger.push((await guess('203.0.113.66', attempt)).status);
  expect(stranger).toEqual([401, 401, 401, 401, 429]);
  expect((await logInFrom('203.0.113.66', editor)).status).toBe(429);

  // The owner, in the browser at 127.0.0.1, logs in as usual.
  await logIn(page, editor);
  await expect(page.getByRole('heading', { level: 1, name: 'Artikler' })).toBeVisible();

  // Nine more addresses, five guesses each: the fiftieth failure locks the account as a whole.
  const addresses = Array.from({ length: 9 }, (_, i) => `198.51.100.${10 + i}`);
  await Promise.all(
    addresses.map(async (address) => {
      for (let attempt = 1; attempt <= 5; attempt++) await guess(address, attempt);
    }),
  );
  const owner = await request.post('/api/login', { data: { email: editor.email, password: editor.password } });
  expect(owner.status()).toBe(429);
  expect(Number(owner.headers()['retry-after'])).toBeGreaterThan(800);
  expect((await logInFrom('192.0.2.99', editor)).status).toBe(429);
  // 50 wrong passwords and the owner's one right one were checked; nothing else.
  expect(loginAudit(editor.email, editor.id)).toEqual({ checked: 51, failed: 50, succeeded: 1, refused: 3 });
  const [locked] = queryTestDb<{ details: string }>(
    "SELECT details FROM audit_log WHERE action = 'login.locked' AND ip = '192.0.2.99' ORDER BY id DESC LIMIT 1",
  );
  expect(JSON.parse(locked!.details).locks).toEqual(['account']);
});

test('one client address is locked after 20 failures across accounts; a forged X-Forwarded-For does not help', async ({
  request,
}) => {
  for (let attempt = 1; attempt <= 19; attempt++) {
    const response = await request.post('/api/login', {
      headers: { 'x-forwarded-for': `203.0.113.${attempt}` },
      data: { email: `sprøjt-${attempt}@spalte.dk`, password: 'gæt' },
    });
    expect(response.status()).toBe(401);
  }
  const twentieth = await request.post('/api/login', {
    headers: { 'x-forwarded-for': '198.51.100.7', 'x-spalte-peer': '198.51.100.7' },
    data: { email: 'sprøjt-20@spalte.dk', password: 'gæt' },
  });
  expect(twentieth.status()).toBe(429);
  const next = await request.post('/api/login', { data: { email: 'sprøjt-21@spalte.dk', password: 'gæt' } });
  expect(next.status()).toBe(429);
  // Another address (through the trusted proxy) is not affected.
  expect((await logInFrom('198.51.100.7', { email: 'sprøjt-21@spalte.dk', password: 'gæt' })).status).toBe(401);
});

test('the newsroom is private and uncacheable', async ({ writerPage: page, request }) => {
  // The shared writer's session cookie, as the login form set it in the setup project.
  const response = await page.goto('/admin');
  expect(response?.headers()['cache-control']).toBe('private, no-store');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  const cookie = (await page.context().cookies()).find((c) => c.name.includes('authjs.session-token'));
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe('Lax');
  expect(await request.get('/robots.txt').then((r) => r.text())).toContain('Disallow: /admin');
});

test('a login can only lead back to a page on this site', async ({ page }) => {
  const writer = await createStaff('writer');
  for (const target of ['https://evil.example/', '//evil.example/x', '/\\evil.example']) {
    await page.context().clearCookies();
    await page.goto(`/admin/login?callbackUrl=${encodeURIComponent(target)}`);
    await page.getByLabel('E-mailadresse').fill(writer.email);
    await page.getByLabel('Adgangskode').fill(writer.password);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.waitForURL((url) => url.pathname === '/admin');
    expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
  }
});

test('no path trick leads a signed-in user or a login answer to another site', async ({ writerPage, request }) => {
  const writer = await createStaff('writer');
  for (const target of ['/.//evil.example', '/%2e//evil.example', '/x/..//evil.example/pfad']) {
    // Signed in already: the login page sends the user straight on.
    const response = await writerPage.request.get(`/admin/login?callbackUrl=${encodeURIComponent(target)}`, {
      maxRedirects: 0,
    });
    expect(response.status(), target).toBe(307);
    const base = test.info().project.use.baseURL!;
    expect(new URL(response.headers()['location']!, base).href, target).toBe(new URL('/admin', base).href);
    // The login route names where to go next.
    const login = await request.post('/api/login', {
      data: { email: writer.email, password: writer.password, callbackUrl: target },
    });
    expect(login.status(), target).toBe(200);
    expect((await login.json()).redirect, target).toBe('/admin');
  }
});

test('logging out ends the session everywhere, also a copied cookie', async ({ page, browser }) => {
  const editor = await createStaff('editor');
  await logIn(page, editor);
  const cookies = await page.context().cookies();
  // A second device (the same cookie in another browser context).
  const other = await browser.newContext();
  await other.addCookies(cookies);
  const otherPage = await other.newPage();
  await otherPage.goto('/admin');
  await expect(otherPage.getByRole('heading', { level: 1, name: 'Artikler' })).toBeVisible();

  await page.getByRole('button', { name: 'Log ud' }).click();
  await expect(page).toHaveURL(/\/admin\/login\?logget-ud=1/);
  await expect(page.getByText('Du er logget ud.')).toBeVisible();

  await otherPage.goto('/admin');
  await expect(otherPage).toHaveURL(/\/admin\/login/);
  await other.close();
});

test('deactivating an account ends its live session at the next request', async ({ page }) => {
  const writer = await createStaff('writer');
  await logIn(page, writer);
  const db = openTestDb();
  db.prepare('UPDATE users SET active = 0 WHERE id = ?').run(writer.id);
  db.close();
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/login/);
  // And it cannot log in again.
  const response = await page.request.post('/api/login', { data: { email: writer.email, password: writer.password } });
  expect(response.status()).toBe(401);
});

test('the audit log reads as Danish sentences in Copenhagen time, links to what changed and filters by person, action and period', async ({
  page,
  request,
}) => {
  const admin = await createStaff('admin', `Revisor Rasmussen ${Date.now()}`);
  const colleague = await createStaff('writer', `Bodil Berg ${Date.now()}`);
  await request.post('/api/login', { data: { email: admin.email, password: 'forkert' } });
  await logIn(page, admin, '/admin/brugere');
  // An auditable change: the admin makes a writer an editor.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByLabel(`Rolle for ${colleague.name}`).selectOption({ label: 'Redaktør' });
  await expect(page.getByText(`${colleague.name} er nu redaktør.`)).toBeVisible();

  await page.goto('/admin/revisionslog');
  await page.getByLabel('Person').selectOption({ label: admin.name });
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`bruger=${admin.id}`));
  const table = page.getByRole('table', { name: 'Revisionslog' });
  const rows = table.getByRole('row').filter({ has: page.getByRole('cell') });
  const change = rows.filter({ hasText: `${admin.name} gjorde ${colleague.name} til redaktør (var journalist)` });
  await expect(change).toHaveCount(1);
  await expect(rows.filter({ hasText: `${admin.name} loggede ind fra 127.0.0.1` })).toHaveCount(1);
  await expect(rows.filter({ hasText: `Mislykket login for ${admin.email} fra 127.0.0.1` })).toHaveCount(1);
  // Only this person's entries, and no raw JSON or English ids in the sentences.
  await expect(rows).toHaveCount(3);
  await expect(page.getByText('3 hændelser', { exact: true })).toBeVisible();
  for (const sentence of await rows.getByRole('cell').nth(1).locator('p').allTextContents())
    expect(sentence).not.toMatch(/[{}]|user\.role|login\./);

  // The time as a Dane reads it, in Copenhagen time.
  const [stored] = queryTestDb<{ createdAt: string }>(
    "SELECT created_at AS createdAt FROM audit_log WHERE user_id = ? AND action = 'user.role'",
    admin.id,
  );
  const copenhagen = new Intl.DateTimeFormat('da-DK', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Copenhagen',
  }).format(new Date(stored!.createdAt));
  await expect(change.getByRole('cell').first()).toHaveText(copenhagen);

  // The technical details are there for whoever needs them, folded away.
  await change.getByText('Tekniske detaljer').click();
  await expect(change.getByText('{"from":"writer","to":"editor"}')).toBeVisible();

  // By action, and by period: nothing happened tomorrow; a date that does not exist is said so in Danish.
  await page.getByLabel('Handling').selectOption({ label: 'Mislykket login' });
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(`Mislykket login for ${admin.email}`);
  const tomorrow = new Intl.DateTimeFormat('da-DK', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Europe/Copenhagen',
  }).format(new Date(Date.now() + 24 * 60 * 60 * 1000));
  await page.getByLabel('Handling').selectOption({ label: 'Alle handlinger' });
  await page.getByLabel('Fra dato', { exact: true }).fill(tomorrow);
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  await expect(table).toContainText('Ingen hændelser passer til filtrene.');
  await page.getByLabel('Fra dato', { exact: true }).fill('31.02.2026');
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  await expect(page.getByText('Fra dato »31.02.2026« er ikke en dato. Skriv den som dd.mm.åååå.')).toBeVisible();
  await expect(rows).toHaveCount(3);

  // The changed user is a link to that user in the user list.
  await change.getByRole('link', { name: colleague.name }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/brugere#bruger-${colleague.id}$`));
  await expect(page.getByLabel(`Rolle for ${colleague.name}`)).toHaveValue('editor');
});

test('changing one’s password ends every session and only the new password works', async ({ page, browser }) => {
  const writer = await createStaff('writer');
  await logIn(page, writer);
  const other = await browser.newContext();
  await other.addCookies(await page.context().cookies());

  await page.goto('/admin/profil');
  await page.getByLabel('Nuværende adgangskode').fill('forkert-adgangskode');
  await page.getByLabel('Ny adgangskode (mindst 12 tegn)').fill('en-helt-ny-adgangskode');
  await page.getByLabel('Gentag ny adgangskode').fill('en-helt-ny-adgangskode');
  await page.getByRole('button', { name: 'Skift adgangskode' }).click();
  await expect(page.getByText('Den nuværende adgangskode er forkert.')).toBeVisible();

  await page.getByLabel('Nuværende adgangskode').fill(writer.password);
  await page.getByLabel('Ny adgangskode (mindst 12 tegn)').fill('en-helt-ny-adgangskode');
  await page.getByLabel('Gentag ny adgangskode').fill('en-helt-ny-adgangskode');
  await page.getByRole('button', { name: 'Skift adgangskode' }).click();
  await expect(page).toHaveURL(/\/admin\/login\?ny-adgangskode=1/);
  await expect(page.getByText('Din adgangskode er skiftet. Log ind med den nye.')).toBeVisible();

  const otherPage = await other.newPage();
  await otherPage.goto('/admin');
  await expect(otherPage).toHaveURL(/\/admin\/login/);
  await other.close();

  expect(
    (await page.request.post('/api/login', { data: { email: writer.email, password: writer.password } })).status(),
  ).toBe(401);
  await logIn(page, { ...writer, password: 'en-helt-ny-adgangskode' });
});
