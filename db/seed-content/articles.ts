import fs from 'node:fs';
import path from 'node:path';

import { VFile } from 'vfile';
import { matter } from 'vfile-matter';
import { z } from 'zod';

import type { SeedArticle } from './types';

// The demo articles: one Markdown file each in articles/, named NNN-<slug>.md (NNN is the order they are seeded
// in, so ids stay stable), with the article's facts as YAML front matter, a blank line, and the body: the Markdown
// that is stored, exactly as written (Prettier leaves these files alone, see .prettierignore). Edit them as text;
// the seeder (db/seed.ts) reads them on a fresh database.

export const ARTICLE_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'seed-content', 'articles');

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a slug (a–z, 0–9 and hyphens)');

const FrontMatter = z.strictObject({
  slug,
  section: slug,
  title: z.string().min(1),
  lead: z.string().min(1),
  // Sponsored content has no byline.
  authors: z.array(slug),
  tags: z.array(z.string().min(1)),
  related: z.array(slug).optional(),
  image: z.string().optional(),
  hoursAgo: z.number().nonnegative(),
  updatedHoursAgo: z.number().nonnegative().optional(),
  kind: z.enum(['news', 'sponsored']).optional(),
  sponsor: z.string().optional(),
  views: z.array(z.number().int().nonnegative()).optional(),
});

/** Parses one article file; a mistake in its front matter names the file and the field. */
export function parseSeedArticle(text: string, fileName: string): SeedArticle {
  const file = new VFile(text);
  matter(file, { strip: true });
  const parsed = FrontMatter.safeParse(file.data.matter);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${fileName}: ${issue.path.join('.') || 'front matter'}: ${issue.message}`);
  }
  // A blank line separates the front matter from the body, and the file ends with a newline; the body has neither.
  return { ...parsed.data, body: String(file).replace(/^\n/, '').replace(/\n$/, '') };
}

/** Every demo article, in seeding order. */
export function loadSeedArticles(dir = ARTICLE_DIR): SeedArticle[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => parseSeedArticle(fs.readFileSync(path.join(dir, name), 'utf8'), name));
}
