import { randomPassword } from '@/domain/passwords';
import type { Role } from '@/domain/roles';
import { countAccounts, createAccount } from './queries/accounts';
import { openDatabase, uploadDir, type Db } from './connection';
import { checkSearchIndex } from './search-index';
import { seedDemoContent } from './seed';

/**
 * Runs once when the server starts (instrumentation.ts): applies pending migrations and loads the demo content
 * into an empty database. The request-time connection (db/client.ts) is opened separately.
 */
export async function prepareDatabase(): Promise<void> {
  const { db, sqlite, file } = openDatabase();
  try {
    const seeded = await seedDemoContent({ db, uploadDir: uploadDir() });
    console.log(seeded ? `Spalte: seeded demo content into ${file}` : `Spalte: using ${file}`);
    if (seeded && countAccounts(db) === 0) await createDemoAccounts(db);
    if (checkSearchIndex(db))
      console.log('Spalte: the search index is incomplete; it is rebuilt in the background while the site serves');
    // Query-planner statistics for tables that have none yet (a fresh, migrated or restored file), sampled so it
    // stays quick at any size, before the first request instead of during it.
    sqlite.pragma('analysis_limit = 1000');
    sqlite.pragma('optimize = 0x10002');
  } finally {
    sqlite.close();
  }
}

const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: 'admin@spalte.local', name: 'Demo Administrator', role: 'admin' },
  { email: 'redaktoer@spalte.local', name: 'Demo Redaktør', role: 'editor' },
  { email: 'journalist@spalte.local', name: 'Demo Journalist', role: 'writer' },
];

/**
 * First start on an empty database: one account per role, with random passwords printed once here and stored
 * only as hashes. Change them (or create real accounts with `npm run user:create`) before going live.
 */
async function createDemoAccounts(db: Db): Promise<void> {
  const lines: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const password = randomPassword();
    await createAccount(db, { ...account, password });
    lines.push(`  ${account.role.padEnd(7)} ${account.email.padEnd(26)} ${password}`);
  }
  console.log(
    ['Spalte: created demo newsroom accounts (log in at /admin; the passwords are shown only now):', ...lines].join(
      '\n',
    ),
  );
}
