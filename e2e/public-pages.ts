import type { Page } from '@playwright/test';

import { openTestDb, SEED_ARTICLE_PATH } from './fixtures';

// Every public page type, one entry each, for the checks that must cover all of them: HTML validity
// (validity.spec.ts) and WCAG (accessibility.spec.ts). Pages without a fixed address in the demo content are
// found the way a reader finds them, by following a link.

export type PublicPage = {
  name: string;
  /** A path, or how to find one starting from a page of the site. */
  path: string | ((page: Page) => Promise<string>);
  status: number;
};

const companyLink = (page: Page) => page.locator('a[href^="/virksomhed/"]');

/** The first job row on the board whose company has a page of its own. */
const jobRowWithCompany = (page: Page) =>
  page
    .getByRole('main')
    .getByRole('list', { name: 'Ledige stillinger' })
    .getByRole('listitem')
    .filter({ has: companyLink(page) })
    .first();

async function followedLink(page: Page, from: string, find: (page: Page) => Promise<string | null>): Promise<string> {
  const response = await page.goto(from);
  if (response?.status() !== 200) throw new Error(`${from} answered ${response?.status()}`);
  const href = await find(page);
  if (!href) throw new Error(`no link found on ${from}`);
  return href;
}

/** An expired job from the demo content: its page stays, answering 410 with a notice. */
async function expiredJobPath(): Promise<string> {
  const db = openTestDb();
  try {
    const job = db
      .prepare('SELECT id, slug FROM jobs WHERE expires_at <= ? ORDER BY id LIMIT 1')
      .get(new Date().toISOString()) as { id: number; slug: string } | undefined;
    if (!job) throw new Error('the demo content has no expired job');
    return `/job/${job.id}-${job.slug}`;
  } finally {
    db.close();
  }
}

export const PUBLIC_PAGES: PublicPage[] = [
  { name: 'front page', path: '/', status: 200 },
  { name: 'article', path: SEED_ARTICLE_PATH, status: 200 },
  {
    name: 'sponsored article',
    path: '/cloud/enhver-strategi-for-applikationsmodernisering-boer-tage-netvaerket-med-fra-start',
    status: 200,
  },
  { name: 'section', path: '/sikkerhed', status: 200 },
  { name: 'section page 2', path: '/sikkerhed?side=2', status: 200 },
  { name: 'tag', path: '/tag/zoom', status: 200 },
  { name: 'author', path: '/skribent/jesper-kildegaard', status: 200 },
  { name: 'search with hits', path: '/soeg?q=zoom', status: 200 },
  { name: 'empty search', path: '/soeg?q=', status: 200 },
  { name: 'search without hits', path: '/soeg?q=xyzzyqwerty', status: 200 },
  { name: 'job board', path: '/job', status: 200 },
  { name: 'filtered job board', path: '/job?region=Aarhus', status: 200 },
  {
    name: 'job page',
    path: (page) =>
      followedLink(page, '/job', (p) =>
        jobRowWithCompany(p).getByRole('heading').getByRole('link').getAttribute('href'),
      ),
    status: 200,
  },
  { name: 'expired job page', path: expiredJobPath, status: 410 },
  {
    name: 'company page',
    path: (page) =>
      followedLink(page, '/job', (p) => jobRowWithCompany(p).locator(companyLink(p)).getAttribute('href')),
    status: 200,
  },
  { name: 'Navnenyt list', path: '/navnenyt', status: 200 },
  {
    name: 'Navnenyt entry',
    path: (page) =>
      followedLink(page, '/navnenyt', (p) =>
        p.getByRole('main').locator('a[href^="/navnenyt/"]').first().getAttribute('href'),
      ),
    status: 200,
  },
  { name: 'sponsored listing', path: '/annonceindlaeg', status: 200 },
  { name: '404 inside the site', path: '/nyheder/findes-ikke', status: 404 },
  { name: '404 for an unknown section', path: '/findes-ikke', status: 404 },
  { name: '404 for an unknown tag', path: '/tag/findes-ikke', status: 404 },
  { name: '404 past the last page', path: '/nyheder?side=999', status: 404 },
  { name: '404 outside every route', path: '/findes/slet/ikke/her', status: 404 },
];

export async function pathOf(page: Page, entry: PublicPage): Promise<string> {
  return typeof entry.path === 'string' ? entry.path : entry.path(page);
}
