import fs from 'node:fs';
import path from 'node:path';

import { test as base, type Browser, type BrowserContext, type Page } from '@playwright/test';

import { logIn, type Role, type Staff } from './staff';

// Logged-in newsroom pages without logging in through the form in every story.
//
// The setup project (e2e/sessions.setup.ts, a dependency of the stories in playwright.config.ts) creates one shared
// account per role, logs each in through the login form once per run and saves the browser's storage state (the
// session cookie) under .test-tmp/auth/. The fixtures below open a new browser context with that state, so the
// `page`, `browser.newContext()` and `request` fixtures of a story stay anonymous.
//
// Shared accounts are for stories that leave the account alone: a story that logs out, changes the password, role
// or activity of an account, or checks what one named person did, ends or depends on that account's sessions and
// creates its own (createStaff in e2e/staff.ts).

export const ROLES: readonly Role[] = ['writer', 'editor', 'admin'];

/** The shared accounts' names, as the newsroom shows them. */
export const SHARED_NAMES: Record<Role, string> = {
  writer: 'Delt Journalist',
  editor: 'Delt Redaktør',
  admin: 'Delt Administrator',
};

const SESSION_DIR = path.resolve('.test-tmp', 'auth');

/** The storage state (cookies) of the shared account of `role`, written by the setup project. */
export const sessionFile = (role: Role) => path.join(SESSION_DIR, `${role}.json`);
const accountFile = (role: Role) => path.join(SESSION_DIR, `${role}.account.json`);

export type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** Saves the shared account of `role` after the setup project logged it in on `page`. */
export async function saveSharedSession(page: Page, staff: Staff) {
  fs.mkdirSync(SESSION_DIR, { recursive: true });
  await page.context().storageState({ path: sessionFile(staff.role) });
  fs.writeFileSync(accountFile(staff.role), JSON.stringify(staff));
}

/** The shared account of `role` (e-mail, name, id). Read when called: the setup project runs after spec loading. */
export function sharedStaff(role: Role): Staff {
  return JSON.parse(fs.readFileSync(accountFile(role), 'utf8')) as Staff;
}

/**
 * Logs `staff` in through the login form once, in a browser context of its own, and returns the session for
 * `loggedInPage`: for a spec whose stories share one account of their own (for example in `beforeAll`).
 */
export async function logInOnce(browser: Browser, staff: Staff): Promise<StorageState> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  try {
    await logIn(await context.newPage(), staff);
    return await context.storageState();
  } finally {
    await context.close();
  }
}

type SessionFixtures = {
  /**
   * Opens a page in a new browser context that carries a saved session (a storage state file or object), at `path`
   * if given. The context is closed after the test.
   */
  loggedInPage: (session: string | StorageState, path?: string) => Promise<Page>;
  /** A blank page logged in as the shared writer. */
  writerPage: Page;
  /** A blank page logged in as the shared editor. */
  editorPage: Page;
  /** A blank page logged in as the shared admin. */
  adminPage: Page;
};

// Fixture functions name their second parameter `provide`: ESLint's React rules take `use` for React's hook.
export const test = base.extend<SessionFixtures>({
  loggedInPage: async ({ browser }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (session, path) => {
      const context = await browser.newContext({ storageState: session });
      contexts.push(context);
      const page = await context.newPage();
      if (path) await page.goto(path);
      return page;
    });
    for (const context of contexts) await context.close();
  },
  writerPage: async ({ loggedInPage }, provide) => provide(await loggedInPage(sessionFile('writer'))),
  editorPage: async ({ loggedInPage }, provide) => provide(await loggedInPage(sessionFile('editor'))),
  adminPage: async ({ loggedInPage }, provide) => provide(await loggedInPage(sessionFile('admin'))),
});

export { expect } from '@playwright/test';
