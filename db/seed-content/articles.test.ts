import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { checkPublish } from '@/domain/article/publish-check';
import { AUTHORS } from './authors';
import { loadSeedArticles, parseSeedArticle } from './articles';
import { IMAGES } from './images';
import { SEED_ARTICLE_SLUG } from './seed-page';
import { SECTIONS } from './sections';

describe('the demo articles', () => {
  const articles = loadSeedArticles();

  it('are read in seeding order, the seed page first, each slug once', () => {
    assert.equal(articles[0]!.slug, SEED_ARTICLE_SLUG);
    assert.equal(new Set(articles.map((article) => article.slug)).size, articles.length);
  });

  it('refer only to sections, authors, images and articles that exist', () => {
    const slugs = new Set(articles.map((article) => article.slug));
    for (const article of articles) {
      assert.ok(
        SECTIONS.some((section) => section.slug === article.section),
        `${article.slug}: section`,
      );
      for (const author of article.authors)
        assert.ok(
          AUTHORS.some((a) => a.slug === author),
          `${article.slug}: ${author}`,
        );
      if (article.image)
        assert.ok(
          IMAGES.some((image) => image.key === article.image),
          `${article.slug}: image`,
        );
      for (const related of article.related ?? []) assert.ok(slugs.has(related), `${article.slug}: ${related}`);
    }
  });

  it('pass the publish check’s blocking rules, as an editor would have to publish them', () => {
    for (const article of articles) {
      const image = IMAGES.find((candidate) => candidate.key === article.image) ?? null;
      const { blocking } = checkPublish({
        ...article,
        kind: article.kind ?? 'news',
        sponsor: article.sponsor ?? null,
        authorIds: article.authors.map((_, index) => index + 1),
        relatedIds: [],
        seoTitle: null,
        seoDescription: null,
        sectionExists: true,
        topImage: image,
        leadStory: false,
      });
      assert.deepEqual(
        blocking.map((issue) => issue.message),
        [],
        article.slug,
      );
    }
  });

  it('keep the body exactly as written below the front matter', () => {
    const article = parseSeedArticle(
      '---\nslug: en-test\nsection: nyheder\ntitle: En test\nlead: Manchet\nauthors: []\ntags: []\nhoursAgo: 1\n---\n\nFørste *afsnit*.\n\n* punkt\n',
      '999-en-test.md',
    );
    assert.equal(article.body, 'Første *afsnit*.\n\n* punkt');
  });

  it('name the file and the field when the front matter is wrong', () => {
    assert.throws(
      () => parseSeedArticle('---\nslug: En Test\nsection: nyheder\n---\nTekst\n', '042-fejl.md'),
      /042-fejl\.md: slug:/,
    );
  });
});
