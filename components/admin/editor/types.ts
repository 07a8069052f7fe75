// What the article editor is given besides the article: the choices its selects offer and what the user may do.

export type EditorChoices = {
  sections: { id: number; name: string }[];
  /** Every author; only active ones are offered for new bylines. */
  authors: { id: number; name: string; active: boolean }[];
  tags: string[];
  /** The signed-in user's own (active) author: a new article's byline until changed. */
  ownAuthorId?: number | null;
};

export type EditorPermissions = {
  canEdit: boolean;
  canSubmit: boolean;
  canPublish: boolean;
  canCorrect: boolean;
  canDelete: boolean;
};
