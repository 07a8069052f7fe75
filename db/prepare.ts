import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { logger } from '../scripts/log.cjs';
import { randomPassword } from '@/domain/passwords';
import type { Role } from '@/domain/roles';
import { countAccounts, createAccount } from './queries/accounts';
import { openDatabase, uploadDir, type Db } from './connection';
import { checkSearchIndex } from './search-index';
import { authors } from './schema';
import { seedDemoContent } from './seed';

/**
 * Runs once when the server starts (instrumentation.ts): applies pending migrations and loads the demo content
 * into an empty database. The request-time connection (db/client.ts) is opened separately.
 */
export async function prepareDatabase(): Promise<void> {
  const { db, sqlite, file } = openDatabase();
  try {
    const seeded = await seedDemoContent({ db, uploadDir: uploadDir() });
    logger().info({ event: 'database.ready', file, seeded }, seeded ? 'seeded demo content' : 'using the database');
    if (seeded && countAccounts(db) === 0) await createDemoAccounts(db, file);
    if (checkSearchIndex(db)) {
      logger().info(
        { event: 'search-index.incomplete' },
        'the search index is incomplete; it is rebuilt in the background while the site serves',
      );
    }
    // Query-planner statistics for tables that have none yet (a fresh, migrated or restored file), sampled so it
    // stays quick at any size, before the first request instead of during it.
    sqlite.pragma('analysis_limit = 1000');
    sqlite.pragma('optimize = 0x10002');
  } finally {
    sqlite.close();
  }
}

/** The demo accounts; those who write have an author of their own, so their new articles carry a byline. */
const DEMO_ACCOUNTS: {
  email: string;
  name: string;
  role: Role;
  author?: { slug: string; title: string; bio: string };
}[] = [
  { email: 'admin@spalte.local', name: 'Demo Administrator', role: 'admin' },
  {
    email: 'redaktoer@spalte.local',
    name: 'Demo Redaktør',
    role: 'editor',
    author: {
      slug: 'demo-redaktoer',
      title: 'Redaktør',
      bio: 'Demo Redaktør er vagthavende redaktør på Spalte og redigerer dagens nyheder.',
    },
  },
  {
    email: 'journalist@spalte.local',
    name: 'Demo Journalist',
    role: 'writer',
    author: {
      slug: 'demo-journalist',
      title: 'Journalist',
      bio: 'Demo Journalist skriver om den danske it-branche for Spalte.',
    },
  },
];

/**
 * First start on an empty database: one account per role, with random passwords stored only as hashes. The
 * passwords are written once to a file beside the database that only its owner can read (never to the log, which
 * may be collected elsewhere); the log says where. Change them (or create real accounts with `npm run user:create`)
 * and delete the file before going live.
 */
async function createDemoAccounts(db: Db, databaseFile: string): Promise<void> {
  const lines: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const password = randomPassword();
    const { author, ...fields } = account;
    await createAccount(db, { ...fields, password }, (tx, userId) => {
      if (author)
        tx.insert(authors)
          .values({ ...author, name: account.name, email: account.email, userId })
          .run();
    });
    lines.push(`${account.role.padEnd(7)} ${account.email.padEnd(26)} ${password}`);
  }
  const file = path.join(path.dirname(databaseFile), 'demo-logins.txt');
  const heading = 'Spalte demo newsroom accounts. Log in at /admin; change the passwords and delete this file.';
  writeFileSync(file, [heading, '', ...lines, ''].join('\n'), { mode: 0o600 });
  logger().info(
    { event: 'demo-accounts.created', accounts: DEMO_ACCOUNTS.map(({ email, role }) => ({ email, role })), file },
    `created demo newsroom accounts; their passwords are in ${file}`,
  );
}
