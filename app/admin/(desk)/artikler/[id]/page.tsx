import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { ArticleEditor } from '@/components/admin/article-editor';
import { HandoverNotice } from '@/components/admin/handover-notice';
import { latestHandover } from '@/db/queries/handover';
import { getArticleTeasers } from '@/db/queries/article-page';
import { editorChoices, getEditableArticle } from '@/db/queries/editor';
import { getMediaSummary } from '@/db/queries/media';
import { leadsFrontPage, stoppedPublication } from '@/db/queries/publish-check';
import { can, canEditArticle, canSubmitArticle } from '@/domain/roles';
import { requireStaff } from '@/server/auth/session';
import { relatedIdsInBody } from '@/domain/markdown';
import { STATUS_LABELS } from '@/copy/admin';

type Props = { params: Promise<{ id: string }> };

const articleId = (raw: string) => (/^[1-9]\d{0,11}$/.test(raw) ? Number(raw) : null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = articleId((await params).id);
  const article = id ? getEditableArticle(id) : null;
  return { title: article ? `Redigér: ${article.title}` : 'Artikel' };
}

export default async function EditArticlePage({ params }: Props) {
  const raw = (await params).id;
  const user = await requireStaff(`/admin/artikler/${raw}`);
  const id = articleId(raw);
  const article = id ? getEditableArticle(id) : null;
  if (!article) notFound();
  const handover = latestHandover(article.id);
  const access = { createdBy: article.createdBy, authorUserIds: article.authorUserIds, status: article.status };
  const teasers = await getArticleTeasers({
    ids: [...new Set([...article.relatedIds, ...relatedIdsInBody(article.body)])],
  });
  return (
    <main id="indhold">
      <p className="text-sm">
        <Link href="/admin" className="underline">
          ← Alle artikler
        </Link>
        {article.status === 'published' ? (
          <>
            {' · '}
            <Link href={article.path} className="underline">
              Se den udgivne artikel
            </Link>
          </>
        ) : null}
      </p>
      <h1 className="mt-2 mb-4 text-3xl font-extrabold">Redigér artikel</h1>
      {handover ? <HandoverNotice handover={handover} /> : null}
      {!canEditArticle(user, access) ? (
        <p className="mb-4 border-l-4 border-ink bg-white p-3 text-sm">
          Du kan se artiklen, men ikke ændre den: journalister redigerer deres egne kladder, redaktører alle artikler.
        </p>
      ) : null}
      <ArticleEditor
        // Keyed by id, not version: a save or a transition refreshes the page, and remounting would throw away
        // whatever the user typed meanwhile (and the confirmation just shown).
        key={article.id}
        article={article}
        choices={editorChoices()}
        topImage={article.topImageId ? getMediaSummary({ id: article.topImageId }) : null}
        permissions={{
          canEdit: canEditArticle(user, access),
          canSubmit: canSubmitArticle(user, access),
          canPublish: can(user, 'article:publish'),
          canCorrect: can(user, 'article:correct'),
          canDelete: can(user, 'article:delete'),
        }}
        leadStory={leadsFrontPage(article.id)}
        stoppedAt={stoppedPublication(article.id)}
        knownArticles={teasers.map((teaser) => [teaser.id, { title: teaser.title, path: teaser.path }])}
        statusLabel={STATUS_LABELS[article.status]}
      />
    </main>
  );
}
