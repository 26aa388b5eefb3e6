-- CreateEnum
CREATE TYPE "EventReminders" AS ENUM ('NONE', 'H1', 'H24', 'BOTH');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'MEMBERSHIP_REMOVED';
ALTER TYPE "NotificationKind" ADD VALUE 'EVENT_CONFIRMED';
ALTER TYPE "NotificationKind" ADD VALUE 'EVENT_REMINDER';
ALTER TYPE "NotificationKind" ADD VALUE 'EVENT_MINUTES';
ALTER TYPE "NotificationKind" ADD VALUE 'FOLLOWED_TERRITORY';

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "reminders" "EventReminders" NOT NULL DEFAULT 'H24';

-- AlterTable
ALTER TABLE "EventRegistration" ADD COLUMN     "remindedDayBeforeFor" TIMESTAMP(3),
ADD COLUMN     "remindedHourBeforeFor" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "eventId" TEXT,
ADD COLUMN     "resolvedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN     "ics" TEXT,
ADD COLUMN     "locale" "Locale" NOT NULL DEFAULT 'it';

-- CreateTable
CREATE TABLE "TerritoryFollow" (
    "userId" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TerritoryFollow_pkey" PRIMARY KEY ("userId","regionId")
);

-- CreateTable
CREATE TABLE "ScheduleLease" (
    "name" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "until" TIMESTAMP(3) NOT NULL,
    "lastRunAt" TIMESTAMP(3),

    CONSTRAINT "ScheduleLease_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "TerritoryFollow_regionId_idx" ON "TerritoryFollow"("regionId");

-- CreateIndex
CREATE INDEX "Notification_createdAt_idx" ON "Notification"("createdAt");

-- CreateIndex
CREATE INDEX "Notification_practiceId_idx" ON "Notification"("practiceId");

-- CreateIndex
CREATE INDEX "Notification_adhesionId_idx" ON "Notification"("adhesionId");

-- AddForeignKey
ALTER TABLE "TerritoryFollow" ADD CONSTRAINT "TerritoryFollow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TerritoryFollow" ADD CONSTRAINT "TerritoryFollow_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;
