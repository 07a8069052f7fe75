import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';

import { ArticleView } from '@/components/site/article-view';
import { WithSidebar } from '@/components/site/with-sidebar';
import { getArticleTeasers, getPublishedArticleBySlug, getSectionNeighbours } from '@/db/queries/articles';
import { isSlugParam } from '@/lib/params';

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
  if (!article) return {};
  const description = article.seoDescription ?? article.lead;
  return {
    title: article.seoTitle ?? article.title,
    description,
    alternates: { canonical: article.path },
    openGraph: {
      type: 'article',
      title: article.title,
      description,
      url: article.path,
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      section: article.section.name,
      tags: article.tags.map((tag) => tag.name),
      images: article.image ? [{ url: article.image.src, width: article.image.width, height: article.image.height, alt: article.image.alt }] : [],
    },
    twitter: { card: article.image ? 'summary_large_image' : 'summary' },
  };
}

export default async function ArticlePage({ params }: Props) {
  const { section, slug } = await params;
  const article = await loadArticle(section, slug);
  if (!article) notFound();
  const { previousId, nextId } = await getSectionNeighbours({ id: article.id, sectionSlug: article.section.slug });
  const ids = [...article.relatedIds, ...article.bodyRelatedIds, previousId, nextId].filter((id) => id !== null);
  const teasers = await getArticleTeasers({ ids: [...new Set(ids)] });
  const find = (id: number | null) => teasers.find((teaser) => teaser.id === id) ?? null;
  return (
    <WithSidebar>
      <ArticleView article={article} related={teasers} previous={find(previousId)} next={find(nextId)} />
    </WithSidebar>
  );
}
