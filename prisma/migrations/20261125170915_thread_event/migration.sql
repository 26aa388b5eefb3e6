-- AlterTable
ALTER TABLE "Thread" ADD COLUMN     "eventId" TEXT;

-- CreateIndex
CREATE INDEX "Thread_eventId_idx" ON "Thread"("eventId");
