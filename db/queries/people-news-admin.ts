import 'server-only';

import { asc, count, desc, eq } from 'drizzle-orm';

import { TAGS } from '@/domain/cache-tags';
import { slugify, uniqueSlug } from '@/domain/slug';
import { getDb } from '@/db/client';
import { authors, peopleNews } from '@/db/schema';
import { peopleNewsPath } from './people-news';
import { assertMediaExists, resolveCompany, type CompanyChoice, type Tx } from './widget-admin';
import { UserError } from '@/domain/errors';

// The newsroom's writes to Navnenyt. An entry's address (its slug) is fixed when it is created, so links to it
// keep working when the text is corrected.

export type PeopleNewsInput = CompanyChoice & {
  name: string;
  role: string;
  /** A calendar date ("2026-02-02") or null. */
  startDate: string | null;
  label: string;
  body: string;
  photoId: number | null;
  /** The author the entry is about, when the person writes for Spalte (their author page lists the entry). */
  authorId: number | null;
};

export type AdminPeopleNews = Omit<typeof peopleNews.$inferSelect, 'createdAt' | 'updatedAt'> & { path: string };

export const ADMIN_PEOPLE_NEWS_PAGE_SIZE = 25;

export function listPeopleNewsForAdmin({ page }: { page: number }) {
  const db = getDb();
  const total = db.select({ n: count() }).from(peopleNews).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / ADMIN_PEOPLE_NEWS_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const items = db
    .select()
    .from(peopleNews)
    .orderBy(desc(peopleNews.publishedAt), desc(peopleNews.id))
    .limit(ADMIN_PEOPLE_NEWS_PAGE_SIZE)
    .offset((current - 1) * ADMIN_PEOPLE_NEWS_PAGE_SIZE)
    .all()
    .map(toAdmin);
  return { items, total, page: current, pageCount };
}

function toAdmin({
  createdAt: _created,
  updatedAt: _updated,
  ...row
}: typeof peopleNews.$inferSelect): AdminPeopleNews {
  return { ...row, path: peopleNewsPath(row.slug) };
}

export function getPeopleNewsForAdmin(id: number): AdminPeopleNews | null {
  const row = getDb().select().from(peopleNews).where(eq(peopleNews.id, id)).get();
  return row ? toAdmin(row) : null;
}

/** The labels already in use ("Nyt job", "Forfremmelse" …), most used first. */
export function peopleNewsLabelOptions(): string[] {
  return getDb()
    .select({ label: peopleNews.label, n: count() })
    .from(peopleNews)
    .groupBy(peopleNews.label)
    .orderBy(desc(count()), peopleNews.label)
    .all()
    .map((row) => row.label);
}

const tagsFor = (createdCompany: boolean) => (createdCompany ? [TAGS.peopleNews, TAGS.companies] : [TAGS.peopleNews]);

function assertAuthorExists(tx: Tx, id: number | null) {
  if (id !== null && !tx.select({ id: authors.id }).from(authors).where(eq(authors.id, id)).get()) {
    throw new UserError('Skribenten findes ikke længere. Vælg en anden.', {
      fieldErrors: { authorId: 'Vælg en anden skribent.' },
    });
  }
}

/** Authors an entry can be about, by name (the newsroom's own people, a few dozen). */
export function authorOptions(): { id: number; name: string }[] {
  return getDb().select({ id: authors.id, name: authors.name }).from(authors).orderBy(asc(authors.name)).all();
}

function columns(input: PeopleNewsInput, company: { id: number; name: string }) {
  return {
    name: input.name,
    company: company.name,
    companyId: company.id,
    role: input.role,
    startDate: input.startDate,
    label: input.label,
    body: input.body,
    photoId: input.photoId,
    authorId: input.authorId,
  };
}

export function createPeopleNews(
  input: PeopleNewsInput,
  now = new Date(),
): { id: number; slug: string; tags: string[] } {
  return getDb().transaction((tx) => {
    assertMediaExists(tx, input.photoId);
    assertAuthorExists(tx, input.authorId);
    const company = resolveCompany(tx, input);
    const slug = uniqueSlug(slugify(`${input.name} ${company.name}`), (candidate) =>
      Boolean(tx.select({ id: peopleNews.id }).from(peopleNews).where(eq(peopleNews.slug, candidate)).get()),
    );
    const { id } = tx
      .insert(peopleNews)
      .values({ ...columns(input, company), slug, publishedAt: now.toISOString() })
      .returning({ id: peopleNews.id })
      .get();
    return { id, slug, tags: tagsFor(company.created) };
  });
}

export function updatePeopleNews(id: number, input: PeopleNewsInput, now = new Date()): { tags: string[] } {
  return getDb().transaction((tx) => {
    assertMediaExists(tx, input.photoId);
    assertAuthorExists(tx, input.authorId);
    const company = resolveCompany(tx, input);
    const result = tx
      .update(peopleNews)
      .set({ ...columns(input, company), updatedAt: now.toISOString() })
      .where(eq(peopleNews.id, id))
      .run();
    if (result.changes === 0) throw new UserError('Navnenyheden findes ikke længere.');
    return { tags: tagsFor(company.created) };
  });
}

export function deletePeopleNews(id: number): { tags: string[] } {
  const result = getDb().delete(peopleNews).where(eq(peopleNews.id, id)).run();
  if (result.changes === 0) throw new UserError('Navnenyheden findes ikke længere.');
  return { tags: [TAGS.peopleNews] };
}
