import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import { eq } from 'drizzle-orm';

import { cropFiles } from '@/domain/media/crops';
import { getDb } from '@/db/client';
import { articles, media } from '@/db/schema';
import { editorTestDatabase, testArticleContent } from '@/db/test-database';
import { createArticle, saveArticle } from '@/db/queries/article-writes';
import { getEditableArticle } from '@/db/queries/editor';
import { transitionArticle } from '@/db/queries/workflow';
import { createMedia, listMedia, updateMedia } from './media';
import { UserError } from '@/domain/errors';

let userId: number;
let sectionId: number;

const { uploadDir: uploads } = editorTestDatabase('media', (ids) => ({ userId, sectionId } = ids));

let n = 0;
const image = (texts: { alt?: string; caption?: string; credit?: string }) =>
  createMedia({ fileName: `test-${++n}.jpg`, mime: 'image/jpeg', width: 800, height: 600, byteSize: 1000, ...texts });

const content = (topImageId: number | null) => testArticleContent(sectionId, { title: 'Et billede', topImageId });

describe('publishing with a top image', () => {
  it('is refused, with the reason, while the image lacks alt text or credit', () => {
    const { id } = createArticle(content(image({ alt: 'En server', credit: '' }).id), userId);
    assert.throws(
      () => transitionArticle(id, 'publish', userId),
      (error: unknown) => error instanceof UserError && /mangler kreditering/.test(error.message),
    );
    const inAnHour = new Date(Date.now() + 3600_000).toISOString();
    assert.throws(() => transitionArticle(id, 'schedule', userId, { publishAt: inAnHour }), UserError);
    assert.equal(getEditableArticle(id)!.status, 'draft');
  });

  it('succeeds once the image has both', () => {
    const { id } = createArticle(content(image({ alt: 'En server', credit: 'Foto: Spalte' }).id), userId);
    transitionArticle(id, 'publish', userId);
    assert.equal(getEditableArticle(id)!.status, 'published');
  });

  it('refuses saving a published article with a top image without alt text', () => {
    const { id } = createArticle(content(null), userId);
    transitionArticle(id, 'publish', userId);
    const article = getEditableArticle(id)!;
    const bare = image({ credit: 'Foto: Spalte' });
    assert.throws(
      () => saveArticle(id, { ...content(bare.id), slug: article.slug }, article.version, userId),
      /mangler alternativ tekst/,
    );
  });
});

describe('updateMedia', () => {
  it('keeps alt text and credit on an image a published article uses, and expires that article', () => {
    const used = image({ alt: 'Et datacenter', credit: 'Foto: Spalte' });
    const { id } = createArticle(content(used.id), userId);
    transitionArticle(id, 'publish', userId);
    const changes = { alt: '', caption: '', credit: 'Foto: Spalte', focalX: 0.5, focalY: 0.5 };
    assert.throws(() => updateMedia({ id: used.id, changes }), UserError);
    const { after, tags } = updateMedia({
      id: used.id,
      changes: { ...changes, alt: 'Et nyt datacenter', focalX: 0.12345 },
    });
    assert.equal(after.focalX, 0.123);
    const slug = getDb().select({ slug: articles.slug }).from(articles).where(eq(articles.id, id)).get()!.slug;
    assert.ok(tags.includes(`article-slug:${slug}`));
    assert.ok(tags.includes(`article:${id}`));
  });
});

describe('listMedia', () => {
  it('finds images by alt text, caption and credit, and treats % literally', () => {
    image({ alt: 'Fiberkabler', caption: 'Nyt net i Ærø', credit: 'Foto: Åse Holm' });
    assert.equal(listMedia({ query: 'fiberkab' })[0]?.alt, 'Fiberkabler');
    assert.equal(listMedia({ query: 'ærø' })[0]?.alt, 'Fiberkabler');
    assert.equal(listMedia({ query: 'åse' })[0]?.alt, 'Fiberkabler');
    assert.equal(listMedia({ query: 'NYT NET' })[0]?.alt, 'Fiberkabler');
    assert.equal(listMedia({ query: '%' }).length, 0);
  });
});

describe('the seed', () => {
  it('writes the three crops of every demo image', () => {
    const seeded = getDb()
      .select()
      .from(media)
      .all()
      .filter((row) => !row.fileName.startsWith('test-'));
    assert.ok(seeded.length > 0);
    for (const row of seeded)
      for (const crop of cropFiles(row)) assert.ok(fs.existsSync(path.join(uploads, crop.fileName)), crop.fileName);
  });
});
