import type { Metadata } from 'next';
import { cache } from 'react';

import { ArticleView } from '@/components/site/article-view';
import { COPY } from '@/copy/site';
import { NOT_FOUND_METADATA, NotFoundMessage, StatusMessage } from '@/components/site/not-found-message';
import { WithSidebar } from '@/components/site/with-sidebar';
import { getArticleTeasers, getPublishedArticleBySlug, getSectionNeighbours } from '@/db/queries/article-page';
import { pathVerdict } from '@/db/queries/routing';
import { FEEDS, NOINDEX_ROBOTS, pageMetadata } from '@/domain/seo/metadata';
import { isSlugParam } from '@/domain/params';
import { absoluteUrl } from '@/domain/site';
import { CROP_ORDER } from '@/domain/media/crops';
import { articleData, breadcrumbData } from '@/domain/seo/structured-data';

// Rendered on first request, then served whole from the route cache until one of its tags expires.
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ section: string; slug: string }> };

// One lookup per request, shared by generateMetadata and the page.
const loadArticle = cache(async (section: string, slug: string) => {
  if (!isSlugParam(section) || !isSlugParam(slug)) return null;
  const article = await getPublishedArticleBySlug({ slug });
  return article && article.section.slug === section ? article : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section, slug } = await params;
  const article = await loadArticle(section, slug);
  if (!article) {
    const verdict = pathVerdict(`/${section}/${slug}`).kind;
    return verdict === 'gone' ? { title: COPY.goneTitle, robots: NOINDEX_ROBOTS } : NOT_FOUND_METADATA;
  }
  const { image } = article;
  // Sponsored content is labelled wherever its title travels: search results, shares and feeds alike.
  const label = (title: string) =>
    article.kind === 'sponsored' && article.sponsor ? `${COPY.sponsoredBy(article.sponsor)}: ${title}` : title;
  return pageMetadata({
    title: label(article.seoTitle ?? article.title),
    description: article.seoDescription ?? article.lead,
    path: article.path,
    image: image && {
      url: image.crops.wide.src,
      width: image.crops.wide.width,
      height: image.crops.wide.height,
      alt: image.alt,
    },
    feed: FEEDS.section(article.section.slug, article.section.name),
    openGraph: {
      type: 'article',
      title: label(article.title),
      publishedTime: article.publishedAt,
      modifiedTime: article.modifiedAt ?? article.publishedAt,
      section: article.section.name,
      tags: article.tags.map((tag) => tag.name),
      authors: article.authors.map((author) => absoluteUrl(`/skribent/${author.slug}`)),
    },
  });
}

export default async function ArticlePage({ params }: Props) {
  const { section, slug } = await params;
  const article = await loadArticle(section, slug);
  if (!article) {
    // proxy.ts has already set the status: 410 for an unpublished article, 404 for an unknown one.
    const verdict = pathVerdict(`/${section}/${slug}`).kind;
    if (verdict === 'gone') return <StatusMessage status={410} title={COPY.goneTitle} text={COPY.goneText} search />;
    // Anything else (the article went between proxy.ts's check and this render) is not found either; the front
    // layer gives the message its status (scripts/http-front.cjs).
    return <NotFoundMessage />;
  }
  const { previousId, nextId } = await getSectionNeighbours({ id: article.id, sectionSlug: article.section.slug });
  const ids = [...article.relatedIds, ...article.bodyRelatedIds, previousId, nextId].filter((id) => id !== null);
  const teasers = await getArticleTeasers({ ids: [...new Set(ids)] });
  const find = (id: number | null) => teasers.find((teaser) => teaser.id === id) ?? null;
  return (
    <WithSidebar
      structuredData={[
        articleData({
          ...article,
          images: article.image ? CROP_ORDER.map((crop) => article.image!.crops[crop].src) : [],
        }),
        breadcrumbData([
          { name: article.section.name, path: `/${article.section.slug}` },
          { name: article.title, path: article.path },
        ]),
      ]}
    >
      <ArticleView article={article} related={teasers} previous={find(previousId)} next={find(nextId)} />
    </WithSidebar>
  );
}
