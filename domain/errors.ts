// The one error type for "the user can fix this": a Danish message for the form, optionally the fields it
// concerns, a conflict (someone else saved first) or an HTTP status for route handlers. Everything else thrown is
// a bug and surfaces as one.

import type { ArticleContent } from '@/domain/article/content';

/**
 * Someone else changed the object first; `version` is the one now stored, where the object has versions. A stale
 * article save that could not be merged carries what settling it needs: the version the save started from (null
 * when it could not be read) and the version now stored, with who saved it (domain/article/merge.ts).
 */
export type Conflict = {
  version?: number;
  merge?: { base: ArticleContent | null; theirs: ArticleContent; by: string | null };
};

export type UserErrorDetails = {
  /** The first message per form field, by field name. */
  fieldErrors?: Record<string, string>;
  /** Someone else changed the object first (see Conflict). */
  conflict?: Conflict;
  /** The status a route handler answers with (400 unless said otherwise). */
  status?: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429;
};

export class UserError extends Error {
  readonly fieldErrors?: Record<string, string>;
  readonly conflict?: Conflict;
  readonly status: NonNullable<UserErrorDetails['status']>;

  constructor(message: string, details: UserErrorDetails = {}) {
    super(message);
    this.name = 'UserError';
    this.fieldErrors = details.fieldErrors;
    this.conflict = details.conflict;
    this.status = details.status ?? (details.conflict ? 409 : 400);
  }
}
