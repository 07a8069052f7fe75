import { openDatabase, uploadDir } from './connection';
import { ensureSearchIndex } from './search-index';
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
    if (ensureSearchIndex(db)) console.log('Spalte: rebuilt the search index');
  } finally {
    sqlite.close();
  }
}
