-- CreateEnum
CREATE TYPE "outbox_status" AS ENUM ('pending', 'sent', 'failed');

-- AlterTable
ALTER TABLE "sign_in_attempts" ADD COLUMN     "return_to" TEXT,
ADD COLUMN     "wants_send" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "outbox_emails" (
    "id" UUID NOT NULL,
    "connector_id" UUID NOT NULL,
    "intro_request_id" UUID,
    "purpose" TEXT NOT NULL,
    "message_id" TEXT NOT NULL,
    "raw" BYTEA,
    "gmail_thread_id" TEXT,
    "status" "outbox_status" NOT NULL DEFAULT 'pending',
    "gmail_message_id" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "sent_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outbox_emails_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "action_links" (
    "token_hash" TEXT NOT NULL,
    "intro_request_id" UUID NOT NULL,
    "audience" TEXT NOT NULL,
    "actions" TEXT[],
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "used_action" TEXT,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "action_links_pkey" PRIMARY KEY ("token_hash")
);

-- CreateIndex
CREATE UNIQUE INDEX "outbox_emails_message_id_key" ON "outbox_emails"("message_id");

-- CreateIndex
CREATE INDEX "outbox_emails_status_created_at_idx" ON "outbox_emails"("status", "created_at");

-- CreateIndex
CREATE INDEX "outbox_emails_connector_id_sent_at_idx" ON "outbox_emails"("connector_id", "sent_at");

-- CreateIndex
CREATE INDEX "action_links_intro_request_id_idx" ON "action_links"("intro_request_id");

-- AddForeignKey
ALTER TABLE "outbox_emails" ADD CONSTRAINT "outbox_emails_connector_id_fkey" FOREIGN KEY ("connector_id") REFERENCES "connectors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outbox_emails" ADD CONSTRAINT "outbox_emails_intro_request_id_fkey" FOREIGN KEY ("intro_request_id") REFERENCES "intro_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_links" ADD CONSTRAINT "action_links_intro_request_id_fkey" FOREIGN KEY ("intro_request_id") REFERENCES "intro_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

