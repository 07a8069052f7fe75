// What the article editor is given besides the article: the choices its selects offer and what the user may do.

export type EditorChoices = {
  sections: { id: number; name: string }[];
  authors: { id: number; name: string }[];
  tags: string[];
};

export type EditorPermissions = {
  canEdit: boolean;
  canSubmit: boolean;
  canPublish: boolean;
  canCorrect: boolean;
  canDelete: boolean;
};
