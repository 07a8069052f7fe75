import { MarkdownBody } from '@/components/site/markdown-body';
import type { ArticleContent } from '@/domain/article/content';
import type { RelatedTarget } from '@/domain/markdown';

/** The article as it is being typed, rendered by the reader's own Markdown renderer. */
export function LivePreview({
  content,
  related,
}: {
  content: ArticleContent;
  related: ReadonlyMap<number, RelatedTarget>;
}) {
  return (
    <section aria-labelledby="levende-visning" className="border border-rule bg-white p-4">
      <h2 id="levende-visning" className="text-sm font-bold uppercase tracking-wide text-muted">
        Levende visning
      </h2>
      <article className="mt-3">
        <h3 className="text-3xl font-extrabold leading-tight">{content.title || 'Overskrift'}</h3>
        {content.lead ? <p className="mt-3 text-lg font-semibold">{content.lead}</p> : null}
        <div className="article-body mt-4">
          <MarkdownBody body={content.body} related={related} sponsored={content.kind === 'sponsored'} />
        </div>
      </article>
    </section>
  );
}
