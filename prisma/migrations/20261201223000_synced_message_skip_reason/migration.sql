-- AlterTable
ALTER TABLE "synced_messages" ADD COLUMN     "skip_reason" TEXT;

