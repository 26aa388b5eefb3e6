-- Full-text search for the forum (PostgreSQL): expression GIN indexes on to_tsvector('simple', …),
-- matching the SQLite FTS5 tokenizer (no stemming) so both databases find the same posts.
CREATE INDEX "Thread_title_fts_idx" ON "Thread" USING GIN (to_tsvector('simple', "title"));
CREATE INDEX "Post_body_fts_idx" ON "Post" USING GIN (to_tsvector('simple', "body"));
