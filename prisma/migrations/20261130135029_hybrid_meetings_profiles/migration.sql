-- CreateEnum
CREATE TYPE "AttendanceMode" AS ENUM ('IN_PERSON', 'ONLINE');

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "onlineCapacity" INTEGER,
ADD COLUMN     "onlineConfirmedCount" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "EventRegistration" ADD COLUMN     "mode" "AttendanceMode" NOT NULL DEFAULT 'IN_PERSON';

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "address" TEXT,
ADD COLUMN     "apea" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "apo" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "description" TEXT,
ADD COLUMN     "descriptionHtml" TEXT,
ADD COLUMN     "emasNumber" TEXT,
ADD COLUMN     "emasSince" TIMESTAMP(3),
ADD COLUMN     "iso14001" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "logoUpdatedAt" TIMESTAMP(3),
ADD COLUMN     "publicEmail" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "calendarKey" TEXT;

-- CreateTable
CREATE TABLE "OrganisationLogo" (
    "organisationId" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrganisationLogo_pkey" PRIMARY KEY ("organisationId")
);

-- CreateIndex
CREATE INDEX "EventRegistration_eventId_mode_status_createdAt_idx" ON "EventRegistration"("eventId", "mode", "status", "createdAt");

-- AddForeignKey
ALTER TABLE "OrganisationLogo" ADD CONSTRAINT "OrganisationLogo_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Online-only meetings: their one capacity was the online one, and their attendees attend online.
UPDATE "EventRegistration" SET "mode" = 'ONLINE'
  WHERE "eventId" IN (SELECT "id" FROM "Event" WHERE "address" IS NULL AND "onlineUrl" IS NOT NULL);
UPDATE "Event" SET "onlineCapacity" = "capacity", "onlineConfirmedCount" = "confirmedCount", "capacity" = NULL, "confirmedCount" = 0
  WHERE "address" IS NULL AND "onlineUrl" IS NOT NULL;
