-- Full-text search for the forum (SQLite FTS5). External-content tables over "Thread" and "Post"
-- (unicode61: case-folded, accents kept — as PostgreSQL's 'simple' configuration),
-- kept in step by triggers; declared as external tables for the schema engine (scripts/lib/schema-engine.mjs).
CREATE VIRTUAL TABLE "ThreadFts" USING fts5("title", content='Thread', content_rowid='rowid', tokenize='unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE "PostFts" USING fts5("body", content='Post', content_rowid='rowid', tokenize='unicode61 remove_diacritics 0');

INSERT INTO "ThreadFts"(rowid, "title") SELECT rowid, "title" FROM "Thread";
INSERT INTO "PostFts"(rowid, "body") SELECT rowid, "body" FROM "Post";

CREATE TRIGGER "Thread_fts_ai" AFTER INSERT ON "Thread" BEGIN
  INSERT INTO "ThreadFts"(rowid, "title") VALUES (new.rowid, new."title");
END;
CREATE TRIGGER "Thread_fts_ad" AFTER DELETE ON "Thread" BEGIN
  INSERT INTO "ThreadFts"("ThreadFts", rowid, "title") VALUES ('delete', old.rowid, old."title");
END;
CREATE TRIGGER "Thread_fts_au" AFTER UPDATE OF "title" ON "Thread" BEGIN
  INSERT INTO "ThreadFts"("ThreadFts", rowid, "title") VALUES ('delete', old.rowid, old."title");
  INSERT INTO "ThreadFts"(rowid, "title") VALUES (new.rowid, new."title");
END;
CREATE TRIGGER "Post_fts_ai" AFTER INSERT ON "Post" BEGIN
  INSERT INTO "PostFts"(rowid, "body") VALUES (new.rowid, new."body");
END;
CREATE TRIGGER "Post_fts_ad" AFTER DELETE ON "Post" BEGIN
  INSERT INTO "PostFts"("PostFts", rowid, "body") VALUES ('delete', old.rowid, old."body");
END;
CREATE TRIGGER "Post_fts_au" AFTER UPDATE OF "body" ON "Post" BEGIN
  INSERT INTO "PostFts"("PostFts", rowid, "body") VALUES ('delete', old.rowid, old."body");
  INSERT INTO "PostFts"(rowid, "body") VALUES (new.rowid, new."body");
END;
