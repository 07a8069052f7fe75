import http from 'node:http';

import { hash } from '@node-rs/argon2';
import { test, type Page } from '@playwright/test';

import { openTestDb, queryTestDb } from './fixtures';

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

/** The loopback address the test server trusts as its reverse proxy (TRUSTED_PROXIES in playwright.config.ts). */
const TEST_PROXY = '127.0.0.2';

export type LoginAnswer = { status: number; retryAfter: number | null; body: { error?: string; redirect?: string } };

/**
 * POST /api/login as a client at `address`: the request leaves from the trusted proxy's address and names the
 * client in X-Forwarded-For, as a reverse proxy in front of the server would. Playwright's own requests come from
 * 127.0.0.1, so a story has two clients at different addresses.
 */
export function logInFrom(address: string, credentials: { email: string; password: string }): Promise<LoginAnswer> {
  const body = JSON.stringify(credentials);
  const url = new URL('/api/login', test.info().project.use.baseURL);
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        localAddress: TEST_PROXY,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-forwarded-for': address,
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          const retryAfter = response.headers['retry-after'];
          resolve({
            status: response.statusCode ?? 0,
            retryAfter: retryAfter ? Number(retryAfter) : null,
            body: JSON.parse(text),
          });
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * How the login went for one typed e-mail, from the audit log: passwords checked (every check leaves exactly one
 * login.failure or login.success entry) and attempts refused unchecked (login.locked). Successes carry the user id
 * rather than the e-mail.
 */
export function loginAudit(email: string, userId: number | null = null) {
  const rows = queryTestDb<{ action: string; n: number }>(
    `SELECT action, count(*) AS n FROM audit_log
      WHERE action LIKE 'login.%' AND (json_extract(details, '$.email') = ? OR (action = 'login.success' AND user_id = ?))
      GROUP BY action`,
    email,
    userId,
  );
  const count = (action: string) => rows.find((row) => row.action === action)?.n ?? 0;
  return {
    checked: count('login.failure') + count('login.success'),
    failed: count('login.failure'),
    succeeded: count('login.success'),
    refused: count('login.locked'),
  };
}
