import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { ArticleView } from '@/components/site/article-view';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { WithSidebar } from '@/components/site/with-sidebar';
import { getArticleForPreview, getArticleTeasers } from '@/db/queries/article-page';
import { getEditableArticle } from '@/db/queries/editor';
import { requireStaff } from '@/server/auth/session';
import { STATUS_LABELS } from '@/copy/admin';

// An article in any status exactly as readers would see it, in the site's own frame, for staff only. It lives
// under /admin, so it is `noindex` and `Cache-Control: private, no-store` like the rest of the newsroom.

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: 'Forhåndsvisning' };

export default async function PreviewPage({ params }: Props) {
  const raw = (await params).id;
  await requireStaff(`/admin/forhaandsvisning/${raw}`);
  const article = /^[1-9]\d{0,11}$/.test(raw) ? getArticleForPreview({ id: Number(raw) }) : null;
  if (!article) notFound();
  const { status } = getEditableArticle(article.id)!;
  const teasers = await getArticleTeasers({ ids: [...new Set([...article.relatedIds, ...article.bodyRelatedIds])] });
  return (
    <div className="bg-white">
      <p role="status" className="bg-ink px-4 py-2 text-center text-sm font-semibold text-white">
        Forhåndsvisning · {STATUS_LABELS[status]} · kun synlig for redaktionen
      </p>
      <SiteHeader />
      <div className="mx-auto max-w-6xl px-4 pt-6">
        <WithSidebar>
          <ArticleView article={article} related={teasers} previous={null} next={null} preview />
        </WithSidebar>
      </div>
      <SiteFooter />
    </div>
  );
}
