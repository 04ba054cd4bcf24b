-- A session lives no longer than the Google grant behind it: checked_at is when Google last
-- confirmed that grant for this session (the web app asks again after an hour).
-- AlterTable
ALTER TABLE "sessions" ADD COLUMN     "checked_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP;
