// A revision's stored snapshot, read back as article content. Apart from the merge logic (domain/article/merge.ts)
// because it validates with zod, which the editor's bundle must not carry: zod probes whether it may compile code with
// `Function("")`, which the newsroom's Content-Security-Policy reports as a violation.
import { z } from 'zod';

import type { ArticleContent } from './content';
import { ARTICLE_KINDS } from './workflow';

const Snapshot = z.object({
  title: z.string(),
  slug: z.string(),
  lead: z.string(),
  body: z.string(),
  kind: z.enum(ARTICLE_KINDS),
  sponsor: z.string().nullable(),
  sectionId: z.number(),
  topImageId: z.number().nullable(),
  seoTitle: z.string().nullable(),
  seoDescription: z.string().nullable(),
  authorIds: z.array(z.number()),
  tags: z.array(z.string()),
  relatedIds: z.array(z.number()),
});

/**
 * A revision's stored JSON as content, or null when it is not whole (the demo seed wrote incomplete snapshots
 * before this release): a merge then has no base and leaves every disagreement to the editor.
 */
export function contentFromSnapshot(json: string): ArticleContent | null {
  try {
    const parsed = Snapshot.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
