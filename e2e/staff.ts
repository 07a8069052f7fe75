import { hash } from '@node-rs/argon2';
import type { Page } from '@playwright/test';

import { openTestDb } from './fixtures';

// Newsroom accounts for the e2e stories, created straight in the test database (the demo accounts' passwords are
// random and only printed by the server). Most stories use the shared accounts' saved sessions instead
// (e2e/sessions.ts); these are for the setup project and for stories that need an account of their own.

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
