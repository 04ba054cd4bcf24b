-- AlterTable
ALTER TABLE "google_accounts" ADD COLUMN     "send_as_addresses" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "send_as_checked_at" TIMESTAMPTZ;

