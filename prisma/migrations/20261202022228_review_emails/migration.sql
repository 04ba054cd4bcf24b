-- AlterTable
ALTER TABLE "connectors" ADD COLUMN     "review_emails" BOOLEAN NOT NULL DEFAULT true;

