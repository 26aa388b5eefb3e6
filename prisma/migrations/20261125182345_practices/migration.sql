-- CreateEnum
CREATE TYPE "PracticeStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('RETURNED', 'PUBLISHED', 'REJECTED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'PRACTICE_SUBMITTED';
ALTER TYPE "NotificationKind" ADD VALUE 'PRACTICE_RETURNED';
ALTER TYPE "NotificationKind" ADD VALUE 'PRACTICE_PUBLISHED';
ALTER TYPE "NotificationKind" ADD VALUE 'PRACTICE_REJECTED';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "practiceId" TEXT;

-- CreateTable
CREATE TABLE "Practice" (
    "id" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "status" "PracticeStatus" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "bodyHtml" TEXT NOT NULL DEFAULT '',
    "instruments" TEXT NOT NULL DEFAULT '',
    "theme" TEXT,
    "sector" TEXT,
    "regionId" TEXT,
    "clusterId" TEXT,
    "organisationId" TEXT,
    "caseStudySlug" TEXT,
    "results" TEXT NOT NULL DEFAULT '[]',
    "contact" TEXT NOT NULL DEFAULT '',
    "revision" INTEGER NOT NULL DEFAULT 0,
    "usefulCount" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Practice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeRevision" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "editorId" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PracticeRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeReview" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "decision" "ReviewDecision" NOT NULL,
    "comment" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PracticeReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeUseful" (
    "practiceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PracticeUseful_pkey" PRIMARY KEY ("practiceId","userId")
);

-- CreateIndex
CREATE INDEX "Practice_status_publishedAt_id_idx" ON "Practice"("status", "publishedAt", "id");

-- CreateIndex
CREATE INDEX "Practice_status_usefulCount_id_idx" ON "Practice"("status", "usefulCount", "id");

-- CreateIndex
CREATE INDEX "Practice_authorId_updatedAt_idx" ON "Practice"("authorId", "updatedAt");

-- CreateIndex
CREATE INDEX "Practice_regionId_idx" ON "Practice"("regionId");

-- CreateIndex
CREATE INDEX "Practice_clusterId_idx" ON "Practice"("clusterId");

-- CreateIndex
CREATE UNIQUE INDEX "PracticeRevision_practiceId_number_key" ON "PracticeRevision"("practiceId", "number");

-- CreateIndex
CREATE INDEX "PracticeReview_practiceId_createdAt_idx" ON "PracticeReview"("practiceId", "createdAt");

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeRevision" ADD CONSTRAINT "PracticeRevision_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeRevision" ADD CONSTRAINT "PracticeRevision_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeReview" ADD CONSTRAINT "PracticeReview_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeReview" ADD CONSTRAINT "PracticeReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeUseful" ADD CONSTRAINT "PracticeUseful_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeUseful" ADD CONSTRAINT "PracticeUseful_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
