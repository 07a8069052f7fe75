import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node, Parent } from 'unist';
import { toString } from 'mdast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';

// Article bodies are CommonMark (+ GFM tables and lists); components/site/markdown-body.tsx renders them. One
// extension: a related-article block, a leaf directive on its own line,
//   ::related{id=42 label="Læs også"}
// which refers to an article by id; the renderer shows that article's *current* title and URL, so the link
// survives slug and title changes. This module is the syntax without the rendering: the directive plugin, and the
// related ids and plain text that search, descriptions and the archive generator read.

export const DEFAULT_RELATED_LABEL = 'Læs også';

export type RelatedTarget = { title: string; path: string };

export type DirectiveNode = Node & {
  name: string;
  attributes?: Record<string, string | null | undefined> | null;
  children?: Node[];
  data?: { hName?: string; hProperties?: Record<string, unknown> };
};

const isDirective = (node: Node): node is DirectiveNode =>
  node.type === 'leafDirective' || node.type === 'textDirective' || node.type === 'containerDirective';

function parseId(value: string | null | undefined): number | null {
  if (!value || !/^\d{1,12}$/.test(value)) return null;
  return Number(value);
}

/**
 * remark plugin: turns `::related{…}` into a `related-article` element and puts every other directive back as the
 * text it was typed as (remark-directive would otherwise swallow e.g. "Se:her" in ordinary prose).
 */
export function remarkSpalteDirectives() {
  return (tree: Node) => {
    visit(tree, (node, index, parent: Parent | undefined) => {
      if (!isDirective(node) || !parent || index === undefined) return;
      if (node.type === 'leafDirective' && node.name === 'related') {
        const id = parseId(node.attributes?.id);
        const label = node.attributes?.label?.trim() || DEFAULT_RELATED_LABEL;
        node.data = { hName: 'related-article', hProperties: { articleId: id ?? -1, label } };
        node.children = [];
        return SKIP;
      }
      const prefix = node.type === 'textDirective' ? ':' : node.type === 'leafDirective' ? '::' : ':::';
      const text = { type: 'text', value: `${prefix}${node.name}` } as Node;
      const replacement =
        node.type === 'textDirective'
          ? [text, ...(node.children ?? [])]
          : [{ type: 'paragraph', children: [text] } as Node, ...(node.children ?? [])];
      parent.children.splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
  };
}

const parser = unified().use(remarkParse).use(remarkDirective);

/** Ids of the articles a body's related-article blocks refer to, in order of appearance, without repeats. */
export function relatedIdsInBody(body: string): number[] {
  const ids: number[] = [];
  visit(parser.parse(body), (node) => {
    if (node.type === 'leafDirective' && (node as DirectiveNode).name === 'related') {
      const id = parseId((node as DirectiveNode).attributes?.id);
      if (id !== null && !ids.includes(id)) ids.push(id);
    }
  });
  return ids;
}

/** The readable text of a body (for search and descriptions): no Markdown syntax, no related-article blocks. */
export function markdownToPlainText(body: string): string {
  const tree = parser.parse(body) as Parent;
  visit(tree, 'html', (_node, index, parent: Parent | undefined) => {
    if (!parent || index === undefined) return;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  return tree.children
    .filter((node) => node.type !== 'leafDirective' && node.type !== 'code')
    .map((node) => toString(node))
    .filter(Boolean)
    .join('\n');
}
