-- Hybrid meetings, private calendar feeds, organisation profiles (issue 17).
-- Columns are added in place: Event and Organisation carry full-text triggers that a table rebuild would drop.
ALTER TABLE "User" ADD COLUMN "calendarKey" TEXT;

ALTER TABLE "Event" ADD COLUMN "onlineCapacity" INTEGER;
ALTER TABLE "Event" ADD COLUMN "onlineConfirmedCount" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "EventRegistration" ADD COLUMN "mode" TEXT NOT NULL DEFAULT 'IN_PERSON';
CREATE INDEX "EventRegistration_eventId_mode_status_createdAt_idx" ON "EventRegistration"("eventId", "mode", "status", "createdAt");

ALTER TABLE "Organisation" ADD COLUMN "description" TEXT;
ALTER TABLE "Organisation" ADD COLUMN "descriptionHtml" TEXT;
ALTER TABLE "Organisation" ADD COLUMN "publicEmail" TEXT;
ALTER TABLE "Organisation" ADD COLUMN "address" TEXT;
ALTER TABLE "Organisation" ADD COLUMN "emasNumber" TEXT;
ALTER TABLE "Organisation" ADD COLUMN "emasSince" DATETIME;
ALTER TABLE "Organisation" ADD COLUMN "iso14001" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Organisation" ADD COLUMN "apo" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Organisation" ADD COLUMN "apea" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Organisation" ADD COLUMN "logoUpdatedAt" DATETIME;

CREATE TABLE "OrganisationLogo" (
    "organisationId" TEXT NOT NULL PRIMARY KEY,
    "bytes" BLOB NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "OrganisationLogo_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Online-only meetings: their one capacity was the online one, and their attendees attend online.
UPDATE "EventRegistration" SET "mode" = 'ONLINE'
  WHERE "eventId" IN (SELECT "id" FROM "Event" WHERE "address" IS NULL AND "onlineUrl" IS NOT NULL);
UPDATE "Event" SET "onlineCapacity" = "capacity", "onlineConfirmedCount" = "confirmedCount", "capacity" = NULL, "confirmedCount" = 0
  WHERE "address" IS NULL AND "onlineUrl" IS NOT NULL;
