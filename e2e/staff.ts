import { hash } from '@node-rs/argon2';
import type { Page } from '@playwright/test';

import { openTestDb } from './fixtures';

// Newsroom accounts for the e2e stories, created straight in the test database (the demo accounts' passwords are
// random and only printed by the server).

export type Role = 'writer' | 'editor' | 'admin';
export type Staff = { id: number; email: string; password: string; name: string; role: Role };

let counter = 0;

export async function createStaff(role: Role, name = `Test ${role}`): Promise<Staff> {
  const email = `${role}-${Date.now()}-${++counter}@test.spalte.local`;
  const password = `korrekt-hest-${counter}-batteri`;
  const db = openTestDb();
  try {
    const { lastInsertRowid } = db
      .prepare('INSERT INTO users (email, name, password_hash, role, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(email, name, await hash(password), role, new Date().toISOString());
    return { id: Number(lastInsertRowid), email, password, name, role };
  } finally {
    db.close();
  }
}

/** Logs in through the login form and waits for the article list. */
export async function logIn(page: Page, staff: Staff, path = '/admin') {
  await page.goto(`/admin/login?callbackUrl=${encodeURIComponent(path)}`);
  await page.getByLabel('E-mailadresse').fill(staff.email);
  await page.getByLabel('Adgangskode').fill(staff.password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForURL((url) => url.pathname === path.split('?')[0]);
}

/** Forgets every failed login, so lockout tests don't lock out the stories that follow. */
export function clearLoginThrottle() {
  const db = openTestDb();
  try {
    db.prepare('DELETE FROM login_throttle').run();
  } finally {
    db.close();
  }
}

/** Creates a draft through the article editor (the first author picked) and returns its id. */
export async function createDraft(
  page: Page,
  {
    title,
    section = 'Sikkerhed',
    lead = 'En kort manchet om sagen.',
    body = 'Første afsnit af teksten.',
  }: { title: string; section?: string; lead?: string; body?: string },
): Promise<number> {
  await page.goto('/admin/artikler/ny');
  await page.getByLabel('Overskrift').fill(title);
  await page.getByLabel('Manchet').fill(lead);
  await page.getByLabel('Brødtekst (Markdown)').fill(body);
  await page.getByLabel('Sektion').selectOption({ label: section });
  await page.getByLabel('Tilføj skribent').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Opret kladde' }).click();
  await page.waitForURL(/\/admin\/artikler\/\d+$/);
  return Number(page.url().split('/').pop());
}
