-- AlterTable
ALTER TABLE "Event" ADD COLUMN "searchText" TEXT;
ALTER TABLE "Event" ADD COLUMN "searchTitle" TEXT;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN "searchText" TEXT;
ALTER TABLE "Organisation" ADD COLUMN "searchTitle" TEXT;

-- AlterTable
ALTER TABLE "Post" ADD COLUMN "searchText" TEXT;
ALTER TABLE "Post" ADD COLUMN "searchTitle" TEXT;

-- AlterTable
ALTER TABLE "Practice" ADD COLUMN "searchText" TEXT;
ALTER TABLE "Practice" ADD COLUMN "searchTitle" TEXT;

-- AlterTable
ALTER TABLE "Thread" ADD COLUMN "searchText" TEXT;
ALTER TABLE "Thread" ADD COLUMN "searchTitle" TEXT;

-- Full-text search over the prepared stems (lib/search/analyze.ts folds, stems and drops stop words, the same
-- for both databases): one FTS5 table per searchable table, external content over its "searchTitle" and
-- "searchText" columns, kept in step by triggers. Replaces the forum-only tables that indexed raw text.
DROP TRIGGER IF EXISTS "Thread_fts_ai";
DROP TRIGGER IF EXISTS "Thread_fts_ad";
DROP TRIGGER IF EXISTS "Thread_fts_au";
DROP TRIGGER IF EXISTS "Post_fts_ai";
DROP TRIGGER IF EXISTS "Post_fts_ad";
DROP TRIGGER IF EXISTS "Post_fts_au";
DROP TABLE IF EXISTS "ThreadFts";
DROP TABLE IF EXISTS "PostFts";

CREATE VIRTUAL TABLE "ThreadFts" USING fts5("searchTitle", "searchText", content='Thread', content_rowid='rowid');
CREATE TRIGGER "Thread_fts_ai" AFTER INSERT ON "Thread" BEGIN
  INSERT INTO "ThreadFts"(rowid, "searchTitle", "searchText") VALUES (new.rowid, new."searchTitle", new."searchText");
END;
CREATE TRIGGER "Thread_fts_ad" AFTER DELETE ON "Thread" BEGIN
  INSERT INTO "ThreadFts"("ThreadFts", rowid, "searchTitle", "searchText") VALUES ('delete', old.rowid, old."searchTitle", old."searchText");
END;
CREATE TRIGGER "Thread_fts_au" AFTER UPDATE OF "searchTitle", "searchText" ON "Thread" BEGIN
  INSERT INTO "ThreadFts"("ThreadFts", rowid, "searchTitle", "searchText") VALUES ('delete', old.rowid, old."searchTitle", old."searchText");
  INSERT INTO "ThreadFts"(rowid, "searchTitle", "searchText") VALUES (new.rowid, new."searchTitle", new."searchText");
END;

CREATE VIRTUAL TABLE "PostFts" USING fts5("searchTitle", "searchText", content='Post', content_rowid='rowid');
CREATE TRIGGER "Post_fts_ai" AFTER INSERT ON "Post" BEGIN
  INSERT INTO "PostFts"(rowid, "searchTitle", "searchText") VALUES (new.rowid, new."searchTitle", new."searchText");
END;
CREATE TRIGGER "Post_fts_ad" AFTER DELETE ON "Post" BEGIN
  INSERT INTO "PostFts"("PostFts", rowid, "searchTitle", "searchText") VALUES ('delete', old.rowid, old."searchTitle", old."searchText");
END;
CREATE TRIGGER "Post_fts_au" AFTER UPDATE OF "searchTitle", "searchText" ON "Post" BEGIN
  INSERT INTO "PostFts"("PostFts", rowid, "searchTitle", "searchText") VALUES ('delete', old.rowid, old."searchTitle", old."searchText");
  INSERT INTO "PostFts"(rowid, "searchTitle", "searchText") VALUES (new.rowid, new."searchTitle", new."searchText");
END;

CREATE VIRTUAL TABLE "PracticeFts" USING fts5("searchTitle", "searchText", content='Practice', content_rowid='rowid');
CREATE TRIGGER "Practice_fts_ai" AFTER INSERT ON "Practice" BEGIN
  INSERT INTO "PracticeFts"(rowid, "searchTitle", "searchText") VALUES (new.rowid, new."searchTitle", new."searchText");
END;
CREATE TRIGGER "Practice_fts_ad" AFTER DELETE ON "Practice" BEGIN
  INSERT INTO "PracticeFts"("PracticeFts", rowid, "searchTitle", "searchText") VALUES ('delete', old.rowid, old."searchTitle", old."searchText");
END;
CREATE TRIGGER "Practice_fts_au" AFTER UPDATE OF "searchTitle", "searchText" ON "Practice" BEGIN
  INSERT INTO "PracticeFts"("PracticeFts", rowid, "searchTitle", "searchText") VALUES ('delete', old.rowid, old."searchTitle", old."searchText");
  INSERT INTO "PracticeFts"(rowid, "searchTitle", "searchText") VALUES (new.rowid, new."searchTitle", new."searchText");
END;

CREATE VIRTUAL TABLE "EventFts" USING fts5("searchTitle", "searchText", content='Event', content_rowid='rowid');
CREATE TRIGGER "Event_fts_ai" AFTER INSERT ON "Event" BEGIN
  INSERT INTO "EventFts"(rowid, "searchTitle", "searchText") VALUES (new.rowid, new."searchTitle", new."searchText");
END;
CREATE TRIGGER "Event_fts_ad" AFTER DELETE ON "Event" BEGIN
  INSERT INTO "EventFts"("EventFts", rowid, "searchTitle", "searchText") VALUES ('delete', old.rowid, old."searchTitle", old."searchText");
END;
CREATE TRIGGER "Event_fts_au" AFTER UPDATE OF "searchTitle", "searchText" ON "Event" BEGIN
  INSERT INTO "EventFts"("EventFts", rowid, "searchTitle", "searchText") VALUES ('delete', old.rowid, old."searchTitle", old."searchText");
  INSERT INTO "EventFts"(rowid, "searchTitle", "searchText") VALUES (new.rowid, new."searchTitle", new."searchText");
END;

CREATE VIRTUAL TABLE "OrganisationFts" USING fts5("searchTitle", "searchText", content='Organisation', content_rowid='rowid');
CREATE TRIGGER "Organisation_fts_ai" AFTER INSERT ON "Organisation" BEGIN
  INSERT INTO "OrganisationFts"(rowid, "searchTitle", "searchText") VALUES (new.rowid, new."searchTitle", new."searchText");
END;
CREATE TRIGGER "Organisation_fts_ad" AFTER DELETE ON "Organisation" BEGIN
  INSERT INTO "OrganisationFts"("OrganisationFts", rowid, "searchTitle", "searchText") VALUES ('delete', old.rowid, old."searchTitle", old."searchText");
END;
CREATE TRIGGER "Organisation_fts_au" AFTER UPDATE OF "searchTitle", "searchText" ON "Organisation" BEGIN
  INSERT INTO "OrganisationFts"("OrganisationFts", rowid, "searchTitle", "searchText") VALUES ('delete', old.rowid, old."searchTitle", old."searchText");
  INSERT INTO "OrganisationFts"(rowid, "searchTitle", "searchText") VALUES (new.rowid, new."searchTitle", new."searchText");
END;
