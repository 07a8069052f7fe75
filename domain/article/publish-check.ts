import { PUBLISH_CHECK_COPY as COPY } from '@/copy/admin';
import { markdownToPlainText, relatedIdsInBody } from '@/domain/markdown';
import type { ArticleContent } from './content';

// What an article needs before readers may see it, and what an editor is advised to look at first. One pure
// definition, used by the editor's confirmation dialog (live, on what is typed) and by the server, which refuses
// to publish or schedule an article with blocking findings, and stops a scheduled one that fails at its time.

/** An editor field a finding concerns: the dialog's "go to" button focuses the element with this id. */
export type IssueField =
  | 'titel'
  | 'manchet'
  | 'broedtekst'
  | 'sektion'
  | 'skribenter'
  | 'annoncoer'
  | 'topbillede'
  | 'seo-titel'
  | 'seo-beskrivelse'
  | 'emner'
  | 'relaterede';

export type IssueCode =
  | 'title'
  | 'lead'
  | 'body'
  | 'section'
  | 'byline'
  | 'sponsor'
  | 'image-gone'
  | 'image-texts'
  | 'seo-title'
  | 'seo-description'
  | 'tags'
  | 'short-body'
  | 'related'
  | 'lead-story-image';

export type Issue = { code: IssueCode; field: IssueField; message: string };

export type PublishCheck = { blocking: Issue[]; advice: Issue[] };

/** Recommended lengths of what search engines show: longer is cut off, shorter says too little. */
export const SEO_TITLE_RANGE = { min: 30, max: 60 } as const;
export const SEO_DESCRIPTION_RANGE = { min: 70, max: 155 } as const;
/** A body under this many words is probably unfinished (a news brief is rarely shorter). */
export const SHORT_BODY_WORDS = 150;

/** The texts a chosen top image lacks before it may be published, in Danish ("alternativ tekst", "kreditering"). */
export function missingImageTexts(image: { alt: string; credit: string }): string[] {
  return [!image.alt.trim() && 'alternativ tekst', !image.credit.trim() && 'kreditering'].filter(
    (text): text is string => text !== false,
  );
}

export type PublishCheckInput = Pick<
  ArticleContent,
  'title' | 'lead' | 'body' | 'kind' | 'sponsor' | 'authorIds' | 'tags' | 'relatedIds' | 'seoTitle' | 'seoDescription'
> & {
  /** False when no section is chosen or the chosen one no longer exists. */
  sectionExists: boolean;
  /**
   * The chosen top image's texts; null when none is chosen, `'gone'` when the chosen one has been deleted. A top
   * image is not required, but one that is shown must have alt text and credit.
   */
  topImage: { alt: string; credit: string } | null | 'gone';
  /** The article is pinned as the front page's lead story. */
  leadStory: boolean;
};

const words = (markdown: string) => markdownToPlainText(markdown).split(/\s+/).filter(Boolean).length;

function blockingIssues(input: PublishCheckInput): Issue[] {
  const issues: Issue[] = [];
  const add = (code: IssueCode, field: IssueField, message: string) => issues.push({ code, field, message });
  if (!input.title.trim()) add('title', 'titel', COPY.title);
  if (!input.lead.trim()) add('lead', 'manchet', COPY.lead);
  if (!markdownToPlainText(input.body).trim()) add('body', 'broedtekst', COPY.body);
  if (!input.sectionExists) add('section', 'sektion', COPY.section);
  // Sponsored content carries its advertiser's name instead of a byline.
  if (input.kind === 'news' && input.authorIds.length === 0) add('byline', 'skribenter', COPY.byline);
  if (input.kind === 'sponsored' && !input.sponsor?.trim()) add('sponsor', 'annoncoer', COPY.sponsor);
  if (input.topImage === 'gone') add('image-gone', 'topbillede', COPY.imageGone);
  else if (input.topImage) {
    const missing = missingImageTexts(input.topImage);
    if (missing.length > 0) add('image-texts', 'topbillede', COPY.imageTexts(missing));
  }
  return issues;
}

/** A length outside `range`, worded for the SEO field or the field it falls back to. */
function lengthAdvice(
  own: string | null,
  fallback: string,
  range: { min: number; max: number },
  long: (length: number, max: number, fromFallback: boolean) => string,
  short: (length: number, min: number, fromFallback: boolean) => string,
): string | null {
  const fromFallback = !own?.trim();
  const length = (fromFallback ? fallback : own!).trim().length;
  // An empty fallback is a blocking finding already (no title, no lead).
  if (length === 0) return null;
  if (length > range.max) return long(length, range.max, fromFallback);
  if (length < range.min) return short(length, range.min, fromFallback);
  return null;
}

function adviceIssues(input: PublishCheckInput): Issue[] {
  const issues: Issue[] = [];
  const add = (code: IssueCode, field: IssueField, message: string | null) => {
    if (message) issues.push({ code, field, message });
  };
  add(
    'seo-title',
    'seo-titel',
    lengthAdvice(input.seoTitle, input.title, SEO_TITLE_RANGE, COPY.seoTitleLong, COPY.seoTitleShort),
  );
  add(
    'seo-description',
    'seo-beskrivelse',
    lengthAdvice(
      input.seoDescription,
      input.lead,
      SEO_DESCRIPTION_RANGE,
      COPY.seoDescriptionLong,
      COPY.seoDescriptionShort,
    ),
  );
  if (input.tags.length === 0) add('tags', 'emner', COPY.noTags);
  const count = words(input.body);
  if (count > 0 && count < SHORT_BODY_WORDS) add('short-body', 'broedtekst', COPY.shortBody(count, SHORT_BODY_WORDS));
  if (input.relatedIds.length === 0 && relatedIdsInBody(input.body).length === 0)
    add('related', 'relaterede', COPY.noRelated);
  if (input.leadStory && input.topImage === null) add('lead-story-image', 'topbillede', COPY.leadStoryWithoutImage);
  return issues;
}

/** What blocks publishing (the editor must fix it) and what is only advice (the editor may publish anyway). */
export function checkPublish(input: PublishCheckInput): PublishCheck {
  return { blocking: blockingIssues(input), advice: adviceIssues(input) };
}
