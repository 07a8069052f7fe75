import { openTestDb } from './fixtures';
import { expect, sharedStaff, test } from './sessions';
import { clearLoginThrottle, createStaff, logIn } from './staff';

// User administration at /admin/brugere (admins only).
// The administering admin and the refused editor are the shared accounts (e2e/sessions.ts); the accounts whose role,
// password or activity change are the stories' own. "The last active admin" has an account of its own: it
// deactivates every other admin, the shared one included, for the length of the story.
test.describe.configure({ mode: 'serial', timeout: 60_000 });

// The refused logins below count against 127.0.0.1; later specs log in from there too.
test.afterAll(() => clearLoginThrottle());

test('an admin creates a user whose one-time password works, changes the role and deactivates them', async ({
  adminPage: page,
  browser,
}) => {
  const admin = sharedStaff('admin');
  await page.goto('/admin/brugere');
  // Role changes, deactivation and resets end the member's sessions, so each asks first; here the admin agrees.
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.accept();
  });
  const email = `ny-${Date.now()}@spalte.dk`;
  // An address already in use is refused without losing what was typed.
  await page.getByLabel('Navn').fill('Nye Nielsen');
  await page.getByLabel('E-mailadresse').fill(admin.email);
  await page.getByRole('button', { name: 'Opret bruger' }).click();
  await expect(page.getByText(/bruges allerede|findes allerede/)).toBeVisible();
  await expect(page.getByLabel('Navn')).toHaveValue('Nye Nielsen');

  await page.getByLabel('E-mailadresse').fill(email);
  await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Journalist' });
  await page.getByRole('button', { name: 'Opret bruger' }).click();
  const password = (await page.locator('form code').textContent())!;
  expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
  await expect(page.getByLabel('Navn')).toHaveValue('');

  // The new user logs in with it in another browser.
  const theirs = await (await browser.newContext()).newPage();
  await logIn(theirs, { id: 0, email, password, name: 'Nye Nielsen', role: 'writer' });
  await expect(theirs.getByText('Nye Nielsen · Journalist')).toBeVisible();

  // A role change ends their session at once.
  await page.reload();
  await page.getByLabel('Rolle for Nye Nielsen').selectOption({ label: 'Redaktør' });
  await expect(page.getByText('Nye Nielsen er nu redaktør.')).toBeVisible();
  await theirs.goto('/admin');
  await expect(theirs).toHaveURL(/\/admin\/login/);

  // A password reset shows a new one-time password once, ends their session and retires the old password.
  await logIn(theirs, { id: 0, email, password, name: 'Nye Nielsen', role: 'editor' });
  const row = page.getByRole('row').filter({ hasText: email });
  await row.getByRole('button', { name: 'Ny adgangskode til Nye Nielsen' }).click();
  await expect(row.getByText('Ny adgangskode til Nye Nielsen; den vises kun denne ene gang.')).toBeVisible();
  const newPassword = (await row.locator('code').textContent())!;
  expect(newPassword).toMatch(/^[A-Za-z0-9]{20}$/);
  expect(newPassword).not.toBe(password);
  await theirs.goto('/admin');
  await expect(theirs).toHaveURL(/\/admin\/login/);
  expect((await theirs.request.post('/api/login', { data: { email, password } })).status()).toBe(401);

  // Deactivation too, and they cannot log in again.
  await logIn(theirs, { id: 0, email, password: newPassword, name: 'Nye Nielsen', role: 'editor' });
  await page.getByRole('button', { name: 'Deaktivér Nye Nielsen' }).click();
  await expect(page.getByText('Nye Nielsen er deaktiveret og logget ud overalt.')).toBeVisible();
  expect(asked).toEqual([
    expect.stringContaining('Skift rollen for Nye Nielsen til Redaktør?'),
    expect.stringContaining('Lav en ny adgangskode til Nye Nielsen?'),
    expect.stringContaining('Deaktivér Nye Nielsen?'),
  ]);
  await theirs.goto('/admin');
  await expect(theirs).toHaveURL(/\/admin\/login/);
  expect((await theirs.request.post('/api/login', { data: { email, password: newPassword } })).status()).toBe(401);

  // The audit log has the role change, in words.
  await page.goto('/admin/revisionslog?handling=user.role');
  await expect(
    page
      .getByRole('table', { name: 'Revisionslog' })
      .getByRole('row')
      .filter({ hasText: 'gjorde Nye Nielsen til redaktør (var journalist)' }),
  ).toHaveCount(1);
});

test('the last active admin can be neither demoted nor deactivated', async ({ page }) => {
  const admin = await createStaff('admin', 'Sidste Admin');
  const db = openTestDb();
  const others = db.prepare("SELECT id FROM users WHERE role = 'admin' AND active = 1 AND id != ?").all(admin.id) as {
    id: number;
  }[];
  try {
    for (const { id } of others) db.prepare('UPDATE users SET active = 0 WHERE id = ?').run(id);
    await logIn(page, admin, '/admin/brugere');
    // Declining the question changes nothing; agreeing is refused by the server, and the select shows the stored role.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByLabel('Rolle for Sidste Admin').selectOption({ label: 'Redaktør' });
    await expect(page.getByLabel('Rolle for Sidste Admin')).toHaveValue('admin');
    page.on('dialog', (dialog) => void dialog.accept());
    await page.getByLabel('Rolle for Sidste Admin').selectOption({ label: 'Redaktør' });
    await expect(page.getByText('Der skal altid være mindst én aktiv administrator.')).toBeVisible();
    await expect(page.getByLabel('Rolle for Sidste Admin')).toHaveValue('admin');
    await page.getByRole('button', { name: 'Deaktivér Sidste Admin' }).click();
    await expect(page.getByText('Der skal altid være mindst én aktiv administrator.').first()).toBeVisible();
    const row = db.prepare('SELECT role, active FROM users WHERE id = ?').get(admin.id);
    expect(row).toEqual({ role: 'admin', active: 1 });
  } finally {
    for (const { id } of others) db.prepare('UPDATE users SET active = 1 WHERE id = ?').run(id);
    db.close();
  }
});

test('editors and writers cannot administer users', async ({ editorPage: page }) => {
  await page.goto('/admin/brugere');
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen adgang' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Redaktionens menu' }).getByRole('link', { name: 'Brugere' }),
  ).toHaveCount(0);
});
