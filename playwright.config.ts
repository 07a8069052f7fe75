import { defineConfig, devices } from '@playwright/test';

// Shared with scripts/ensure-browser.mjs.
import CHROMIUM_ARGS from './scripts/chromium-args.json';

// Run through `npm run test:e2e` (scripts/test.mjs), which finds a Chromium (CHROMIUM_PATH), builds the app and
// deletes the e2e database first, so every run starts from a freshly migrated and seeded database.
const port = process.env.E2E_PORT || '3100';
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: '.test-tmp/playwright-results.json' }]],
  use: {
    baseURL,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    trace: 'retain-on-failure',
    launchOptions: {
      // Undefined means Playwright's own browser; scripts/test.mjs sets it to the one it found.
      executablePath: process.env.CHROMIUM_PATH || undefined,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    // Logs in one shared account per role through the login form and saves the sessions under .test-tmp/auth/
    // (e2e/sessions.ts). Its tests are not counted among the stories by scripts/test.mjs.
    { name: 'setup', testMatch: '**/*.setup.ts', use: { ...devices['Desktop Chrome'] } },
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, dependencies: ['setup'] },
  ],
  webServer: {
    command: 'node scripts/start.mjs',
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: {
      PORT: port,
      HOST: '127.0.0.1',
      DATABASE_PATH: '.test-tmp/e2e.db',
      UPLOAD_DIR: '.test-tmp/uploads',
      SITE_URL: baseURL,
      // e2e/fixtures.ts sends the same value to expire cache tags after changing the database directly.
      REVALIDATE_SECRET: 'e2e-revalidate-secret',
      // "Mest læste" refreshes by time (60 s by default); the beacon test should not wait that long.
      MOST_READ_REFRESH_SECONDS: '2',
      // A stand-in reverse proxy: requests sent from this loopback address may set X-Forwarded-For/-Proto, as a real
      // one would (e2e/staff.ts logInFrom plays clients at other addresses; e2e/hardening.spec.ts checks HSTS).
      // Requests from 127.0.0.1 are not believed.
      TRUSTED_PROXIES: '127.0.0.2',
      NEXT_TELEMETRY_DISABLED: '1',
      // A JSON line for every request would bury the run's output; warnings and errors still show
      // (e2e/operations.spec.ts reads a server's full log on a server of its own).
      LOG_LEVEL: 'warn',
    },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
