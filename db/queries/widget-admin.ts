import 'server-only';

import { asc, eq, sql } from 'drizzle-orm';

import { companyShortName } from '@/domain/company';
import { slugify, uniqueSlug } from '@/domain/slug';
import { getDb } from '@/db/client';
import { companies, media } from '@/db/schema';
import { UserError } from '@/domain/errors';

// What the widget admin pages (jobs, Navnenyt, sponsor campaigns) share: the company a job or an entry names,
// and checks that a picked image still exists.

export type Tx = Parameters<Parameters<ReturnType<typeof getDb>['transaction']>[0]>[0];

/** The editor picks a company from the list (a datalist) or types a new name. */
export type CompanyChoice = { company: string };

export type CompanyOption = { id: number; name: string };

export function companyOptions(): CompanyOption[] {
  return getDb().select({ id: companies.id, name: companies.name }).from(companies).orderBy(asc(companies.name)).all();
}

export function assertMediaExists(tx: Tx, id: number | null): void {
  if (id !== null && !tx.select({ id: media.id }).from(media).where(eq(media.id, id)).get()) {
    throw new UserError('Billedet findes ikke længere. Vælg et andet.');
  }
}

/**
 * The company a job or Navnenyt entry belongs to: the existing one with that name (case aside) or a new one with
 * a unique slug. `created` tells the caller that company lists changed too.
 */
export function resolveCompany(tx: Tx, { company }: CompanyChoice): { id: number; name: string; created: boolean } {
  const name = company.trim().replace(/\s+/g, ' ');
  if (!name) throw new UserError('Vælg en virksomhed, eller skriv navnet på en ny.');
  const existing = tx
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(sql`${companies.name} = ${name} COLLATE NOCASE`)
    .get();
  if (existing) return { ...existing, created: false };
  const slug = uniqueSlug(slugify(companyShortName(name)), (candidate) =>
    Boolean(tx.select({ id: companies.id }).from(companies).where(eq(companies.slug, candidate)).get()),
  );
  const { id } = tx.insert(companies).values({ slug, name }).returning({ id: companies.id }).get();
  return { id, name, created: true };
}
