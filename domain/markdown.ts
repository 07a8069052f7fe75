import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
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

// The renderer's own syntax (components/site/markdown-body.tsx): GFM (tables, task lists, strikethrough, footnotes)
// and directives, with the same directive transform, so search and word counts see the text readers see.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkSpalteDirectives);

const parseBody = (body: string) => processor.runSync(processor.parse(body)) as Parent;

/** Ids of the articles a body's related-article blocks refer to, in order of appearance, without repeats. */
export function relatedIdsInBody(body: string): number[] {
  const ids: number[] = [];
  visit(parseBody(body), (node) => {
    if (node.type === 'leafDirective' && (node as DirectiveNode).name === 'related') {
      const id = parseId((node as DirectiveNode).attributes?.id);
      if (id !== null && !ids.includes(id)) ids.push(id);
    }
  });
  return ids;
}

/** Nodes that only hold other blocks: their children are separate blocks of text, never glued to each other. */
const CONTAINERS = new Set([
  'root',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'footnoteDefinition',
  'containerDirective',
]);

/** Nodes readers never see as text: code blocks, raw HTML (never rendered) and related-article blocks. */
const HIDDEN = new Set(['code', 'html', 'leafDirective', 'definition', 'thematicBreak', 'yaml']);

/** The text blocks of a tree in reading order: each paragraph, heading, table cell and list item's text its own. */
function textBlocks(node: Node, out: string[]): string[] {
  if (HIDDEN.has(node.type)) return out;
  if (CONTAINERS.has(node.type)) {
    for (const child of (node as Parent).children) textBlocks(child, out);
    return out;
  }
  const text = toString(node).trim();
  if (text) out.push(text);
  return out;
}

/**
 * The readable text of a body (for search and word counts): no Markdown syntax, no related-article blocks, one line
 * per block. Blocks are kept apart so that the words of neighbouring list items, table cells or quoted paragraphs
 * stay separate words ("cloudarkitekt" in a list is found, and its neighbour is not glued onto it); a hard line
 * break inside a paragraph is a line break too.
 */
export function markdownToPlainText(body: string): string {
  const tree = parseBody(body);
  visit(tree, (node, index, parent: Parent | undefined) => {
    if (!parent || index === undefined) return;
    if (node.type === 'html') {
      // Inline HTML is dropped by the renderer (skipHtml); the text between the tags stays.
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.type === 'break') parent.children.splice(index, 1, { type: 'text', value: '\n' } as Node);
  });
  return textBlocks(tree, []).join('\n');
}
