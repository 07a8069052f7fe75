import type { Metadata } from 'next';

import { ArticleEditor } from '@/components/admin/article-editor';
import { NoAccess } from '@/components/admin/no-access';
import { authorOfUser } from '@/db/queries/authors';
import { editorChoices } from '@/db/queries/editor';
import { can, canEditArticle, canSubmitArticle } from '@/domain/roles';
import { requirePermission } from '@/server/auth/session';

export const metadata: Metadata = { title: 'Ny artikel' };

export default async function NewArticlePage() {
  const user = await requirePermission('article:create', '/admin/artikler/ny');
  if (!user) return <NoAccess />;
  // The draft the editor creates at the first pause is the user's own, and the editor carries on with it here.
  const own = { createdBy: user.id, authorUserIds: [], status: 'draft' };
  return (
    <main id="indhold">
      <h1 className="mb-4 text-3xl font-extrabold">Ny artikel</h1>
      <ArticleEditor
        article={null}
        choices={{ ...editorChoices(), ownAuthorId: authorOfUser(user.id) }}
        topImage={null}
        permissions={{ canEdit: true, canSubmit: false, canPublish: false, canCorrect: false, canDelete: false }}
        permissionsOnceCreated={{
          canEdit: canEditArticle(user, own),
          canSubmit: canSubmitArticle(user, own),
          canPublish: can(user, 'article:publish'),
          canCorrect: can(user, 'article:correct'),
          canDelete: can(user, 'article:delete'),
        }}
        knownArticles={[]}
        statusLabel="Kladde"
      />
    </main>
  );
}
