-- CreateEnum
CREATE TYPE "AdhesionStatus" AS ENUM ('SUBMITTED', 'INFO_REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "AdhesionEventKind" AS ENUM ('SUBMITTED', 'INFO_REQUESTED', 'COMPLETED', 'APPROVED', 'REJECTED', 'WITHDRAWN');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'ADHESION_INFO_REQUESTED';
ALTER TYPE "NotificationKind" ADD VALUE 'ADHESION_APPROVED';
ALTER TYPE "NotificationKind" ADD VALUE 'ADHESION_REJECTED';
ALTER TYPE "NotificationKind" ADD VALUE 'ADHESION_SUBMITTED';
ALTER TYPE "NotificationKind" ADD VALUE 'MEMBERSHIP_CONFIRMED';

-- AlterTable
ALTER TABLE "Cluster" ADD COLUMN     "apoAwardedAt" TIMESTAMP(3),
ADD COLUMN     "apoExpiresAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "listed" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "adhesionId" TEXT;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "adheredAt" TIMESTAMP(3),
ADD COLUMN     "commitments" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "contactUserId" TEXT,
ADD COLUMN     "province" TEXT,
ADD COLUMN     "sector" TEXT,
ADD COLUMN     "taxCode" TEXT,
ADD COLUMN     "vatNumber" TEXT,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "profilePublic" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "OrganisationCluster" (
    "organisationId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,

    CONSTRAINT "OrganisationCluster_pkey" PRIMARY KEY ("organisationId","clusterId")
);

-- CreateTable
CREATE TABLE "Adhesion" (
    "id" TEXT NOT NULL,
    "applicantId" TEXT NOT NULL,
    "organisationId" TEXT,
    "status" "AdhesionStatus" NOT NULL DEFAULT 'SUBMITTED',
    "orgName" TEXT NOT NULL,
    "orgType" "OrganisationType" NOT NULL,
    "taxCode" TEXT,
    "vatNumber" TEXT,
    "regionId" TEXT NOT NULL,
    "province" TEXT NOT NULL,
    "clusterIds" TEXT NOT NULL DEFAULT '',
    "sector" TEXT NOT NULL,
    "website" TEXT,
    "signatoryName" TEXT NOT NULL,
    "signatoryRole" TEXT NOT NULL,
    "commitments" TEXT NOT NULL,
    "acceptedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Adhesion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdhesionEvent" (
    "id" TEXT NOT NULL,
    "adhesionId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "kind" "AdhesionEventKind" NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdhesionEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OrganisationCluster_clusterId_idx" ON "OrganisationCluster"("clusterId");

-- CreateIndex
CREATE INDEX "Adhesion_status_createdAt_idx" ON "Adhesion"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Adhesion_applicantId_createdAt_idx" ON "Adhesion"("applicantId", "createdAt");

-- CreateIndex
CREATE INDEX "AdhesionEvent_adhesionId_createdAt_idx" ON "AdhesionEvent"("adhesionId", "createdAt");

-- CreateIndex
CREATE INDEX "Organisation_adheredAt_idx" ON "Organisation"("adheredAt");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_contactUserId_fkey" FOREIGN KEY ("contactUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationCluster" ADD CONSTRAINT "OrganisationCluster_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationCluster" ADD CONSTRAINT "OrganisationCluster_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Adhesion" ADD CONSTRAINT "Adhesion_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Adhesion" ADD CONSTRAINT "Adhesion_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdhesionEvent" ADD CONSTRAINT "AdhesionEvent_adhesionId_fkey" FOREIGN KEY ("adhesionId") REFERENCES "Adhesion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdhesionEvent" ADD CONSTRAINT "AdhesionEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
