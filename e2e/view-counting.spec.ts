import { expect, test, type APIRequestContext } from '@playwright/test';

import { queryTestDb } from './fixtures';

// The view beacon cannot be bought by a loop (issue 14, item 5; docs/decisions/0014-view-counting.md): one reader
// counts once per article per half hour, a flood is answered 429, and one address adds at most 30 views to an
// article per day. Counts reach the database within the flush interval, so the tests poll for them. Every request
// here comes from 127.0.0.1; the user agents are this spec's own, so no other spec's reads are deduplicated with
// them. The articles are old news outside the sections other specs look at, so their counts move only here.
test.describe.configure({ mode: 'serial' });

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

/** The oldest published news articles outside Ledelse, Sikkerhed and Nyheder. */
function quietArticles(): number[] {
  return queryTestDb<{ id: number }>(
    `SELECT a.id FROM articles a JOIN sections s ON s.id = a.section_id
     WHERE a.status = 'published' AND a.kind = 'news' AND s.slug NOT IN ('ledelse', 'sikkerhed', 'nyheder')
     ORDER BY a.published_at, a.id LIMIT 2`,
  ).map((row) => row.id);
}

const totalViews = (articleId: number) =>
  queryTestDb<{ total: number | null }>('SELECT sum(count) AS total FROM page_views WHERE article_id = ?', articleId)[0]
    ?.total ?? 0;

const beacon = (request: APIRequestContext, articleId: number, userAgent: string) =>
  request.post('/api/views', { data: { articleId }, headers: { 'user-agent': userAgent } });

/** Sends `count` beacons, `parallel` at a time, and returns their answers. */
async function beacons(count: number, send: (index: number) => ReturnType<typeof beacon>, parallel = 20) {
  const answers = [];
  for (let start = 0; start < count; start += parallel) {
    const batch = Array.from({ length: Math.min(parallel, count - start) }, (_, offset) => send(start + offset));
    answers.push(...(await Promise.all(batch)));
  }
  return answers;
}

test('a loop of 200 beacons from one client moves the count by one; another browser counts again', async ({
  request,
}) => {
  const [articleId] = quietArticles();
  const before = totalViews(articleId!);
  const loop = `${BROWSER} view-loop`;

  const answers = await beacons(200, () => beacon(request, articleId!, loop));
  const statuses = answers.map((answer) => answer.status());
  expect(statuses[0]).toBe(204);
  expect(statuses.every((status) => status === 204 || status === 429)).toBe(true);
  // The flood is refused well before its end, with a Danish message and when to try again.
  const refused = answers.filter((answer) => answer.status() === 429);
  expect(refused.length).toBeGreaterThan(100);
  expect(Number(refused[0]!.headers()['retry-after'])).toBeGreaterThanOrEqual(1);
  expect(Number(refused[0]!.headers()['retry-after'])).toBeLessThanOrEqual(60);
  expect((await refused[0]!.json()).error).toMatch(/for mange visninger.*Prøv igen om \d+ sekund/);

  await expect.poll(() => totalViews(articleId!), { timeout: 10_000 }).toBe(before + 1);

  expect((await beacon(request, articleId!, `${BROWSER} Edg/156.0.0.0`)).status()).toBe(204);
  await expect.poll(() => totalViews(articleId!), { timeout: 10_000 }).toBe(before + 2);
});

test('one address adds at most 30 views to an article per day, however many browsers it shows', async ({ request }) => {
  const [otherId, articleId] = quietArticles();
  const before = totalViews(articleId!);

  const answers = await beacons(40, (reader) => beacon(request, articleId!, `${BROWSER} office-reader-${reader}`));
  expect(answers.map((answer) => answer.status())).toEqual(Array(40).fill(204));
  await expect.poll(() => totalViews(articleId!), { timeout: 10_000 }).toBe(before + 30);

  // A view of another article counted after them shows a later write has happened: the ten beyond the cap were
  // not merely late.
  const other = totalViews(otherId!);
  expect((await beacon(request, otherId!, `${BROWSER} office-reader-0`)).status()).toBe(204);
  await expect.poll(() => totalViews(otherId!), { timeout: 10_000 }).toBe(other + 1);
  expect(totalViews(articleId!)).toBe(before + 30);
});
