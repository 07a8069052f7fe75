-- Full-text search over published and unpublished articles alike (the query filters by status).
-- rowid = articles.id. Columns hold plain text prepared by the data layer (db/queries/search.ts): Markdown is
-- stripped from the body and the tag names are joined, so snippets read as prose. unicode61 keeps æ, ø and å as
-- letters of their own (remove_diacritics 0); "ae/oe/aa" spellings are handled by query expansion.
CREATE VIRTUAL TABLE `articles_fts` USING fts5(
	`title`,
	`lead`,
	`body`,
	`tags`,
	tokenize = 'unicode61 remove_diacritics 0'
);
