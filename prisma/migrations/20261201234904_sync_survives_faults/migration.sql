-- AlterTable
ALTER TABLE "google_accounts" ADD COLUMN     "full_sync_history_id" BIGINT,
ADD COLUMN     "full_sync_page_token" TEXT,
ADD COLUMN     "sync_stopped_at" TIMESTAMPTZ,
ADD COLUMN     "watch_error" TEXT;

