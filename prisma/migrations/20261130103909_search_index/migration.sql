-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "searchText" TEXT,
ADD COLUMN     "searchTitle" TEXT;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "searchText" TEXT,
ADD COLUMN     "searchTitle" TEXT;

-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "searchText" TEXT,
ADD COLUMN     "searchTitle" TEXT;

-- AlterTable
ALTER TABLE "Practice" ADD COLUMN     "searchText" TEXT,
ADD COLUMN     "searchTitle" TEXT;

-- AlterTable
ALTER TABLE "Thread" ADD COLUMN     "searchText" TEXT,
ADD COLUMN     "searchTitle" TEXT;

-- Full-text search over the prepared stems (lib/search/analyze.ts): one expression GIN index per table on
-- to_tsvector('simple', …), which only splits on spaces and lower-cases: the stems match as on SQLite.
DROP INDEX IF EXISTS "Thread_title_fts_idx";
DROP INDEX IF EXISTS "Post_body_fts_idx";
CREATE INDEX "Thread_search_idx" ON "Thread" USING GIN (to_tsvector('simple', coalesce("searchTitle", '') || ' ' || coalesce("searchText", '')));
CREATE INDEX "Post_search_idx" ON "Post" USING GIN (to_tsvector('simple', coalesce("searchTitle", '') || ' ' || coalesce("searchText", '')));
CREATE INDEX "Practice_search_idx" ON "Practice" USING GIN (to_tsvector('simple', coalesce("searchTitle", '') || ' ' || coalesce("searchText", '')));
CREATE INDEX "Event_search_idx" ON "Event" USING GIN (to_tsvector('simple', coalesce("searchTitle", '') || ' ' || coalesce("searchText", '')));
CREATE INDEX "Organisation_search_idx" ON "Organisation" USING GIN (to_tsvector('simple', coalesce("searchTitle", '') || ' ' || coalesce("searchText", '')));
