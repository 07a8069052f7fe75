import { test as setup } from '@playwright/test';

import { ROLES, saveSharedSession, SHARED_NAMES } from './sessions';
import { createStaff, logIn } from './staff';

// The setup project (playwright.config.ts): before the stories run, one shared account per role logs in through
// the login form and its session is saved for the fixtures in e2e/sessions.ts.

for (const role of ROLES) {
  setup(`log in the shared ${role}`, async ({ page }) => {
    const staff = await createStaff(role, SHARED_NAMES[role]);
    await logIn(page, staff);
    await saveSharedSession(page, staff);
  });
}
