-- CreateTable
CREATE TABLE "ClusterFollow" (
    "userId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClusterFollow_pkey" PRIMARY KEY ("userId","clusterId")
);

-- CreateIndex
CREATE INDEX "ClusterFollow_clusterId_idx" ON "ClusterFollow"("clusterId");

-- AddForeignKey
ALTER TABLE "ClusterFollow" ADD CONSTRAINT "ClusterFollow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterFollow" ADD CONSTRAINT "ClusterFollow_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;
