import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { eq } from 'drizzle-orm';

import { getDb } from '@/db/client';
import { authors, peopleNews } from '@/db/schema';
import { getAuthorPage } from './listings';
import { getPeopleNewsBySlug } from './people-news';
import { demoDatabaseForTests } from '@/db/test-database';
import { createPeopleNews, deletePeopleNews, updatePeopleNews } from './people-news-admin';
import { UserError } from '@/domain/errors';

demoDatabaseForTests('widgets');

describe('Navnenyt admin', () => {
  const entry = {
    name: 'Susanne Sønderskov',
    company: 'Sourcing IT',
    role: 'Salgsdirektør',
    startDate: null,
    label: 'Nyt job',
    body: 'Tekst.',
    photoId: null,
    authorId: null,
  };

  it('gives a second entry about the same person a slug of its own, and keeps it through edits', () => {
    const { id, slug } = createPeopleNews(entry);
    assert.equal(slug, 'susanne-soenderskov-sourcing-it-2');
    updatePeopleNews(id, { ...entry, name: 'Susanne S. Sønderskov' });
    assert.equal(getDb().select().from(peopleNews).where(eq(peopleNews.id, id)).get()!.slug, slug);
    deletePeopleNews(id);
  });

  it('refuses a photo that is not in the media library', () => {
    assert.throws(() => createPeopleNews({ ...entry, photoId: 999_999 }), UserError);
  });

  it('names an author when the person writes for Spalte, and the entry page links to their author page', async () => {
    const sofie = getDb().select().from(authors).where(eq(authors.slug, 'sofie-brandt-nielsen')).get()!;
    const { slug } = createPeopleNews({ ...entry, name: sofie.name, company: 'Spalte', authorId: sofie.id });
    assert.deepEqual((await getPeopleNewsBySlug({ slug }))?.author, { slug: sofie.slug, name: sofie.name });
    const page = await getAuthorPage({ slug: sofie.slug, page: 1 });
    assert.equal(page?.peopleNews[0]?.path, `/navnenyt/${slug}`);
    assert.throws(() => createPeopleNews({ ...entry, authorId: 999_999 }), UserError);
  });
});
