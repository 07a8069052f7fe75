import type { ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';

import { remarkSpalteDirectives, type RelatedTarget } from '@/domain/markdown';

// Article bodies rendered on the server to React elements (the syntax: domain/markdown.ts). Raw HTML is never
// rendered; a related-article block shows its target's current title and URL, or nothing when the target is not
// published.

const isExternal = (href: string | undefined) => Boolean(href && /^https?:\/\//i.test(href));

export function MarkdownBody({
  body,
  related,
  sponsored = false,
}: {
  body: string;
  /** Current title and URL of every published article the body refers to. */
  related: ReadonlyMap<number, RelatedTarget>;
  /** Outbound links in sponsored content are marked rel="sponsored". */
  sponsored?: boolean;
}): ReactNode {
  const components = {
    // The headline is the page's only h1.
    h1: ({ children }) => <h2>{children}</h2>,
    a: ({ href, children }) =>
      isExternal(href) ? (
        <a href={href} rel={sponsored ? 'sponsored noopener' : 'noopener'}>
          {children}
        </a>
      ) : (
        <a href={href}>{children}</a>
      ),
    'related-article': ({ articleId, label }: { articleId?: number | string; label?: string }) => {
      const target = related.get(Number(articleId));
      if (!target) return null;
      return (
        <p className="related-block">
          <span className="related-block__label">{label}:</span> <a href={target.path}>{target.title}</a>
        </p>
      );
    },
  } as Components;
  return (
    <Markdown remarkPlugins={[remarkGfm, remarkDirective, remarkSpalteDirectives]} components={components} skipHtml>
      {body}
    </Markdown>
  );
}
