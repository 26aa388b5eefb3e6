-- AlterTable
ALTER TABLE "EventRegistration" ADD COLUMN "remindedDayBeforeFor" DATETIME;
ALTER TABLE "EventRegistration" ADD COLUMN "remindedHourBeforeFor" DATETIME;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN "eventId" TEXT;
ALTER TABLE "Notification" ADD COLUMN "resolvedAt" DATETIME;

-- CreateTable
CREATE TABLE "TerritoryFollow" (
    "userId" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "regionId"),
    CONSTRAINT "TerritoryFollow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TerritoryFollow_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ScheduleLease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "until" DATETIME NOT NULL,
    "lastRunAt" DATETIME
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "descriptionHtml" TEXT NOT NULL DEFAULT '',
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "allDay" BOOLEAN NOT NULL DEFAULT false,
    "address" TEXT,
    "city" TEXT,
    "regionId" TEXT,
    "onlineUrl" TEXT,
    "capacity" INTEGER,
    "confirmedCount" INTEGER NOT NULL DEFAULT 0,
    "registrationDeadline" DATETIME,
    "organiserId" TEXT NOT NULL,
    "clusterId" TEXT,
    "organisationId" TEXT,
    "caseStudySlug" TEXT,
    "seriesId" TEXT,
    "recurrenceRule" TEXT,
    "originalStart" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'SCHEDULED',
    "reminders" TEXT NOT NULL DEFAULT 'H24',
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Event_organiserId_fkey" FOREIGN KEY ("organiserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Event_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Event_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Event" ("address", "allDay", "capacity", "caseStudySlug", "city", "clusterId", "confirmedCount", "createdAt", "description", "descriptionHtml", "endsAt", "id", "onlineUrl", "organisationId", "organiserId", "originalStart", "recurrenceRule", "regionId", "registrationDeadline", "sequence", "seriesId", "startsAt", "status", "title", "type", "updatedAt") SELECT "address", "allDay", "capacity", "caseStudySlug", "city", "clusterId", "confirmedCount", "createdAt", "description", "descriptionHtml", "endsAt", "id", "onlineUrl", "organisationId", "organiserId", "originalStart", "recurrenceRule", "regionId", "registrationDeadline", "sequence", "seriesId", "startsAt", "status", "title", "type", "updatedAt" FROM "Event";
DROP TABLE "Event";
ALTER TABLE "new_Event" RENAME TO "Event";
CREATE INDEX "Event_startsAt_id_idx" ON "Event"("startsAt", "id");
CREATE INDEX "Event_regionId_startsAt_idx" ON "Event"("regionId", "startsAt");
CREATE INDEX "Event_clusterId_startsAt_idx" ON "Event"("clusterId", "startsAt");
CREATE INDEX "Event_organisationId_startsAt_idx" ON "Event"("organisationId", "startsAt");
CREATE INDEX "Event_seriesId_startsAt_idx" ON "Event"("seriesId", "startsAt");
CREATE TABLE "new_OutboxMail" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'other',
    "userId" TEXT,
    "state" TEXT NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" DATETIME,
    "lastError" TEXT,
    "idempotencyKey" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'it',
    "ics" TEXT,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_OutboxMail" ("attempts", "createdAt", "id", "idempotencyKey", "kind", "lastError", "lockedUntil", "nextAttemptAt", "sentAt", "state", "subject", "text", "to", "userId") SELECT "attempts", "createdAt", "id", "idempotencyKey", "kind", "lastError", "lockedUntil", "nextAttemptAt", "sentAt", "state", "subject", "text", "to", "userId" FROM "OutboxMail";
DROP TABLE "OutboxMail";
ALTER TABLE "new_OutboxMail" RENAME TO "OutboxMail";
CREATE UNIQUE INDEX "OutboxMail_idempotencyKey_key" ON "OutboxMail"("idempotencyKey");
CREATE INDEX "OutboxMail_createdAt_idx" ON "OutboxMail"("createdAt");
CREATE INDEX "OutboxMail_state_nextAttemptAt_idx" ON "OutboxMail"("state", "nextAttemptAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "TerritoryFollow_regionId_idx" ON "TerritoryFollow"("regionId");

-- CreateIndex
CREATE INDEX "Notification_createdAt_idx" ON "Notification"("createdAt");

-- CreateIndex
CREATE INDEX "Notification_practiceId_idx" ON "Notification"("practiceId");

-- CreateIndex
CREATE INDEX "Notification_adhesionId_idx" ON "Notification"("adhesionId");
