-- AlterTable
ALTER TABLE "Cluster" ADD COLUMN "apoAwardedAt" DATETIME;
ALTER TABLE "Cluster" ADD COLUMN "apoExpiresAt" DATETIME;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN "adhesionId" TEXT;

-- CreateTable
CREATE TABLE "OrganisationCluster" (
    "organisationId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,

    PRIMARY KEY ("organisationId", "clusterId"),
    CONSTRAINT "OrganisationCluster_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OrganisationCluster_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Adhesion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicantId" TEXT NOT NULL,
    "organisationId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'SUBMITTED',
    "orgName" TEXT NOT NULL,
    "orgType" TEXT NOT NULL,
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
    "acceptedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Adhesion_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Adhesion_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AdhesionEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "adhesionId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AdhesionEvent_adhesionId_fkey" FOREIGN KEY ("adhesionId") REFERENCES "Adhesion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AdhesionEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Membership" (
    "userId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "confirmedAt" DATETIME,
    "listed" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "organisationId"),
    CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Membership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Membership" ("confirmedAt", "createdAt", "organisationId", "userId") SELECT "confirmedAt", "createdAt", "organisationId", "userId" FROM "Membership";
DROP TABLE "Membership";
ALTER TABLE "new_Membership" RENAME TO "Membership";
CREATE INDEX "Membership_organisationId_idx" ON "Membership"("organisationId");
CREATE TABLE "new_Organisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "regionId" TEXT,
    "website" TEXT,
    "taxCode" TEXT,
    "vatNumber" TEXT,
    "province" TEXT,
    "sector" TEXT,
    "commitments" TEXT NOT NULL DEFAULT '',
    "adheredAt" DATETIME,
    "withdrawnAt" DATETIME,
    "contactUserId" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Organisation_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Organisation_contactUserId_fkey" FOREIGN KEY ("contactUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Organisation" ("createdAt", "id", "isDemo", "name", "regionId", "slug", "type", "updatedAt", "website") SELECT "createdAt", "id", "isDemo", "name", "regionId", "slug", "type", "updatedAt", "website" FROM "Organisation";
DROP TABLE "Organisation";
ALTER TABLE "new_Organisation" RENAME TO "Organisation";
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");
CREATE INDEX "Organisation_regionId_idx" ON "Organisation"("regionId");
CREATE INDEX "Organisation_name_idx" ON "Organisation"("name");
CREATE INDEX "Organisation_adheredAt_idx" ON "Organisation"("adheredAt");
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'MEMBER',
    "locale" TEXT NOT NULL DEFAULT 'it',
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "suspendedAt" DATETIME,
    "deletedAt" DATETIME,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "handle" TEXT,
    "profilePublic" BOOLEAN NOT NULL DEFAULT true
);
INSERT INTO "new_User" ("createdAt", "deletedAt", "email", "handle", "id", "isDemo", "locale", "name", "passwordHash", "role", "sessionVersion", "suspendedAt", "updatedAt") SELECT "createdAt", "deletedAt", "email", "handle", "id", "isDemo", "locale", "name", "passwordHash", "role", "sessionVersion", "suspendedAt", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE UNIQUE INDEX "User_handle_key" ON "User"("handle");
CREATE INDEX "User_createdAt_id_idx" ON "User"("createdAt", "id");
CREATE INDEX "User_role_idx" ON "User"("role");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "OrganisationCluster_clusterId_idx" ON "OrganisationCluster"("clusterId");

-- CreateIndex
CREATE INDEX "Adhesion_status_createdAt_idx" ON "Adhesion"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Adhesion_applicantId_createdAt_idx" ON "Adhesion"("applicantId", "createdAt");

-- CreateIndex
CREATE INDEX "AdhesionEvent_adhesionId_createdAt_idx" ON "AdhesionEvent"("adhesionId", "createdAt");
