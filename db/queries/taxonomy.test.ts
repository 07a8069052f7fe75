import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { asc, eq } from 'drizzle-orm';

import { getDb } from '@/db/client';
import { articleTags, sections, tags } from '@/db/schema';
import { editorTestDatabase, refusal, testArticleContent } from '@/db/test-database';
import { createArticle } from './article-writes';
import { getSectionPage, getTagPage } from './listings';
import { pathVerdict } from './routing';
import { createSection, deleteSection, listSectionsForAdmin, moveSection, updateSection } from './sections';
import { deleteTag, findMergeTarget, listTagsForAdmin, mergeTags, updateTag } from './tag-admin';
import { transitionArticle } from './workflow';

let editor = 0;
let security = 0;
editorTestDatabase('taxonomy', (ids) => {
  editor = ids.userId;
  security = ids.sectionId;
});

const tagIdOf = (slug: string) => getDb().select({ id: tags.id }).from(tags).where(eq(tags.slug, slug)).get()?.id;
const tagsOf = (articleId: number) =>
  getDb()
    .select({ tagId: articleTags.tagId })
    .from(articleTags)
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(articleTags.tagId))
    .all()
    .map((row) => row.tagId);

const publishForTest = (id: number) => transitionArticle(id, 'publish', editor);

describe('sections', () => {
  it('adds a section last in the menu, and moves it up by swapping with its neighbour', () => {
    const before = listSectionsForAdmin();
    const { id } = createSection({ name: 'AI', slug: 'ai', description: 'Kunstig intelligens.', hidden: false });
    const after = listSectionsForAdmin();
    assert.equal(after.at(-1)!.id, id);
    moveSection(id, -1);
    const moved = listSectionsForAdmin();
    assert.equal(moved.at(-2)!.id, id);
    assert.equal(moved.at(-1)!.id, before.at(-1)!.id);
    assert.match(refusal(() => moveSection(moved[0]!.id, -1)).message, /allerede først/);
    deleteSection(id);
  });

  it('renames a section: the old page, its feed and its articles answer 301 to the new address', async () => {
    const { id } = createSection({ name: 'Robotter', slug: 'robotter', description: '', hidden: false });
    const article = createArticle(testArticleContent(id, { slug: 'en-robot-artikel' }), editor);
    publishForTest(article.id);
    updateSection(id, { name: 'Robotik', slug: 'robotik', description: 'Robotter og automatisering.', hidden: false });
    assert.deepEqual(pathVerdict('/robotter'), { kind: 'moved', location: '/robotik' });
    assert.deepEqual(pathVerdict('/robotter/rss.xml'), { kind: 'moved', location: '/robotik/rss.xml' });
    assert.deepEqual(pathVerdict('/robotter/en-robot-artikel'), {
      kind: 'moved',
      location: '/robotik/en-robot-artikel',
    });
    assert.deepEqual(pathVerdict('/robotik'), { kind: 'page' });
    assert.deepEqual(pathVerdict('/aldrig-en-sektion'), { kind: 'missing' });
    // A section with articles cannot be deleted; the refusal counts them.
    assert.match(refusal(() => deleteSection(id)).message, /har 1 artikel og kan ikke slettes/);
    // Hidden: out of the menu, but its page is still there, marked for noindex.
    updateSection(id, { name: 'Robotik', slug: 'robotik', description: '', hidden: true });
    assert.equal((await getSectionPage({ slug: 'robotik', page: 1 }))?.section.hidden, true);
  });

  it('refuses a reserved address and one another section has', () => {
    assert.equal(
      refusal(() => createSection({ name: 'Søg', slug: 'soeg', description: '', hidden: false })).status,
      400,
    );
    const taken = refusal(() => updateSection(security, { name: 'X', slug: 'cloud', description: '', hidden: false }));
    assert.equal(taken.status, 409);
    assert.ok(taken.fieldErrors?.slug);
    assert.equal(getDb().select().from(sections).where(eq(sections.id, security)).get()!.slug, 'sikkerhed');
  });
});

describe('tags', () => {
  it('merges a tag into another without duplicate links, and the old tag page answers 301', async () => {
    const both = createArticle(testArticleContent(security, { tags: ['KI', 'Kunstig intelligens'] }), editor);
    const onlyOld = createArticle(testArticleContent(security, { tags: ['KI'] }), editor);
    publishForTest(both.id);
    publishForTest(onlyOld.id);
    const ki = tagIdOf('ki')!;
    const target = findMergeTarget('kunstig intelligens')!;
    const merged = mergeTags(ki, target.id);
    assert.equal(merged.moved, 1);
    assert.deepEqual(tagsOf(both.id), [target.id]);
    assert.deepEqual(tagsOf(onlyOld.id), [target.id]);
    assert.equal(tagIdOf('ki'), undefined);
    assert.deepEqual(pathVerdict('/tag/ki'), { kind: 'moved', location: '/tag/kunstig-intelligens' });
    assert.deepEqual(pathVerdict('/tag/ki/rss.xml'), { kind: 'moved', location: '/tag/kunstig-intelligens/rss.xml' });
    // The old name still finds the tag it went into.
    assert.equal(findMergeTarget('KI')?.id, target.id);
    const page = await getTagPage({ slug: 'kunstig-intelligens', page: 1 });
    assert.ok(page!.articles.items.some((item) => item.id === onlyOld.id));
    // Typing the old name on an article afterwards files it under the tag it went into; the redirect stays.
    const later = createArticle(testArticleContent(security, { tags: ['KI'] }), editor);
    assert.deepEqual(tagsOf(later.id), [target.id]);
    assert.equal(tagIdOf('ki'), undefined);
    assert.deepEqual(pathVerdict('/tag/ki'), { kind: 'moved', location: '/tag/kunstig-intelligens' });
  });

  it('renames a tag with its description, keeping the old address as a redirect', async () => {
    const { id } = createArticle(testArticleContent(security, { tags: ['Robotstøvsugere'] }), editor);
    publishForTest(id);
    const tagId = tagIdOf('robotstoevsugere')!;
    updateTag(tagId, {
      name: 'Robotter i hjemmet',
      slug: 'robotter-i-hjemmet',
      description: 'Om robotter.',
      featured: true,
    });
    assert.deepEqual(pathVerdict('/tag/robotstoevsugere'), { kind: 'moved', location: '/tag/robotter-i-hjemmet' });
    assert.equal((await getTagPage({ slug: 'robotter-i-hjemmet', page: 1 }))?.tag.description, 'Om robotter.');
    // Another tag's address is a conflict: merge instead.
    assert.equal(
      refusal(() => updateTag(tagId, { name: 'X', slug: 'nis2', description: '', featured: false })).status,
      409,
    );
    assert.match(refusal(() => deleteTag(tagId)).message, /brugt på 1 artikel/);
  });

  it('lists tags by name in pages, searched with case folded for æøå', () => {
    const found = listTagsForAdmin({ query: 'KUNSTIG', page: 1 });
    assert.deepEqual(
      found.items.map((tag) => tag.name),
      ['Kunstig intelligens'],
    );
    assert.ok(found.items[0]!.articleCount > 0);
    const all = listTagsForAdmin({ query: '', page: 1 });
    assert.ok(all.items.length <= 50 && all.total >= all.items.length);
    const names = all.items.map((tag) => tag.name);
    assert.deepEqual(
      names,
      [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  });
});
