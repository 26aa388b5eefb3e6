-- AlterTable (hand-written: the generated table redefinition would drop the FTS triggers on "Post"
-- and renumber its rowids under the PostFts index; SQLite can add this column in place).
ALTER TABLE "Post" ADD COLUMN "html" TEXT NOT NULL DEFAULT '';
