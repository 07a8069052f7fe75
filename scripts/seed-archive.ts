// npm run seed:archive -- --articles N [--years Y] [--seed S]
//
// Adds N generated published articles (and jobs and Navnenyt in proportion) to DATABASE_PATH, for measuring
// Spalte at archive scale. An empty database gets the demo content first. See db/archive/generate.ts.
import { parseArgs } from 'node:util';

import { archiveCounts, generateArchive } from '../db/archive/generate';
import { openDatabase, uploadDir } from '../db/connection';
import { seedDemoContent } from '../db/seed';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string' },
      years: { type: 'string' },
      seed: { type: 'string' },
      quiet: { type: 'boolean' },
    },
  });
  const n = Number(values.articles);
  if (!Number.isInteger(n) || n < 1 || n > 5_000_000) {
    console.error('Usage: npm run seed:archive -- --articles N   (N from 1 to 5,000,000) [--years Y] [--seed S]');
    return 2;
  }
  const { db, sqlite, file } = openDatabase();
  try {
    if (await seedDemoContent({ db, uploadDir: uploadDir() })) console.log(`Loaded the demo content into ${file}`);
    const started = Date.now();
    let lastReport = 0;
    const summary = generateArchive(db, {
      articles: n,
      years: values.years ? Number(values.years) : undefined,
      seed: values.seed ? Number(values.seed) : undefined,
      progress: (written) => {
        if (values.quiet || (Date.now() - lastReport < 2000 && written < n)) return;
        lastReport = Date.now();
        const perSecond = written / Math.max(0.001, (Date.now() - started) / 1000);
        console.log(
          `  ${written.toLocaleString('da-DK')} / ${n.toLocaleString('da-DK')} articles (${Math.round(perSecond)}/s)`,
        );
      },
    });
    const counts = archiveCounts(db);
    console.log(
      `Added ${summary.articles.toLocaleString('da-DK')} articles, ${summary.jobs.toLocaleString('da-DK')} jobs and ` +
        `${summary.peopleNews.toLocaleString('da-DK')} Navnenyt entries in ${((Date.now() - started) / 1000).toFixed(0)} s ` +
        `(${summary.authors} authors, ${summary.tags.toLocaleString('da-DK')} tags). ${file} now holds ` +
        `${counts.articles.toLocaleString('da-DK')} articles, ${counts.published.toLocaleString('da-DK')} published.`,
    );
    console.log('A server already running on this database serves cached pages until it is restarted.');
    return 0;
  } finally {
    sqlite.close();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
