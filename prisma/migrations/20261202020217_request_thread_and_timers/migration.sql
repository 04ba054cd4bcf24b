-- AlterTable
ALTER TABLE "intro_requests" ADD COLUMN     "expiry_due_at" TIMESTAMPTZ,
ADD COLUMN     "gmail_thread_id" TEXT,
ADD COLUMN     "reminder_due_at" TIMESTAMPTZ,
ADD COLUMN     "snoozed_until" TIMESTAMPTZ,
ADD COLUMN     "source_message_id" TEXT,
ADD COLUMN     "subject" TEXT;

-- CreateIndex
CREATE INDEX "intro_requests_connector_id_gmail_thread_id_idx" ON "intro_requests"("connector_id", "gmail_thread_id");

