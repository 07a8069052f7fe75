// An article's life: its kinds, its statuses, the moves between them and the events its revision history records.
// The database enforces the same lists (db/schema.ts builds its enums from these); copy/admin.ts names them in
// Danish.

export const ARTICLE_KINDS = ['news', 'sponsored'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

export const ARTICLE_STATUSES = ['draft', 'review', 'scheduled', 'published', 'unpublished'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** The moves an editor or writer makes; the scheduler's own move is the `auto-publish` event. */
export const TRANSITIONS = ['submit', 'back-to-draft', 'schedule', 'publish', 'unpublish'] as const;
export type Transition = (typeof TRANSITIONS)[number];

/** The statuses each move starts from. */
export const TRANSITION_FROM: Record<Transition, readonly ArticleStatus[]> = {
  submit: ['draft'],
  'back-to-draft': ['review', 'scheduled'],
  schedule: ['draft', 'review', 'unpublished', 'scheduled'],
  publish: ['draft', 'review', 'scheduled', 'unpublished'],
  unpublish: ['published'],
};

export const isTransition = (value: unknown): value is Transition => TRANSITIONS.includes(value as Transition);

export const canMove = (transition: Transition, from: ArticleStatus) => TRANSITION_FROM[transition].includes(from);

/** What a revision records as its cause. */
export const REVISION_EVENTS = [
  'create',
  'save',
  'submit',
  'back-to-draft',
  'schedule',
  'publish',
  'unpublish',
  'auto-publish',
  'restore',
  'correction',
  // A save of a published article the editor marked as an update: readers see "Opdateret" with its time.
  'update',
  // The scheduler did not publish a scheduled article that failed the publish check at its time.
  'auto-publish-stopped',
] as const;
export type RevisionEvent = (typeof REVISION_EVENTS)[number];

/**
 * The two moves that hand an article from one person to another, and so carry a note and tell the people on the
 * other side: to the desk (every editor and admin), and back to its writers (its creator and the staff behind its
 * bylines).
 */
export const HANDOVER_KINDS = ['submit', 'back-to-draft'] as const;
export type HandoverKind = (typeof HANDOVER_KINDS)[number];

export const isHandover = (transition: Transition): transition is HandoverKind =>
  (HANDOVER_KINDS as readonly string[]).includes(transition);

/** The longest handover note (a few sentences; the article itself is where the text goes). */
export const HANDOVER_NOTE_MAX = 1000;
