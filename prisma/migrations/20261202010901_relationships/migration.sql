-- CreateEnum
CREATE TYPE "intro_request_event_kind" AS ENUM ('transition', 'override', 'analysis_failed', 'protection');

-- CreateEnum
CREATE TYPE "recommendation" AS ENUM ('ask_target', 'ask_requester_for_details', 'suggest_call', 'decline');

-- AlterTable
ALTER TABLE "synced_messages" ADD COLUMN     "contacts_counted" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "intro_requests" ADD COLUMN     "analysis_error" TEXT,
ADD COLUMN     "analyzed_at" TIMESTAMPTZ,
ADD COLUMN     "judgement" JSONB,
ADD COLUMN     "recommendation" "recommendation",
ADD COLUMN     "recommendation_override" "recommendation",
ADD COLUMN     "target_key" TEXT;

-- AlterTable
ALTER TABLE "intro_request_events" ADD COLUMN     "kind" "intro_request_event_kind" NOT NULL DEFAULT 'transition';

-- CreateTable
CREATE TABLE "contacts" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "display_name" TEXT,
    "display_name_at" TIMESTAMPTZ,
    "search_key" TEXT NOT NULL,
    "sent_messages" INTEGER NOT NULL DEFAULT 0,
    "received_messages" INTEGER NOT NULL DEFAULT 0,
    "automated_messages" INTEGER NOT NULL DEFAULT 0,
    "first_contact_at" TIMESTAMPTZ,
    "last_sent_at" TIMESTAMPTZ,
    "last_received_at" TIMESTAMPTZ,
    "last_automated_at" TIMESTAMPTZ,

    CONSTRAINT "contacts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contact_months" (
    "contact_id" UUID NOT NULL,
    "month" DATE NOT NULL,
    "sent_weight" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "received_weight" DOUBLE PRECISION NOT NULL DEFAULT 0,

    CONSTRAINT "contact_months_pkey" PRIMARY KEY ("contact_id","month")
);

-- CreateTable
CREATE TABLE "contact_threads" (
    "contact_id" UUID NOT NULL,
    "thread_id" TEXT NOT NULL,
    "contact_wrote" BOOLEAN NOT NULL,
    "connector_wrote" BOOLEAN NOT NULL,
    "last_at" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "contact_threads_pkey" PRIMARY KEY ("contact_id","thread_id")
);

-- CreateTable
CREATE TABLE "mail_introductions" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "gmail_message_id" TEXT NOT NULL,
    "introducer_email" TEXT NOT NULL,
    "introduced_emails" TEXT[],
    "sent_at" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "mail_introductions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "protected_targets" (
    "connector_id" UUID NOT NULL,
    "target_key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "protected_targets_pkey" PRIMARY KEY ("connector_id","target_key")
);

-- CreateIndex
CREATE UNIQUE INDEX "contacts_account_id_email_key" ON "contacts"("account_id", "email");

-- CreateIndex
CREATE INDEX "mail_introductions_account_id_introducer_email_idx" ON "mail_introductions"("account_id", "introducer_email");

-- CreateIndex
CREATE UNIQUE INDEX "mail_introductions_account_id_gmail_message_id_key" ON "mail_introductions"("account_id", "gmail_message_id");

-- CreateIndex
CREATE INDEX "synced_messages_account_id_contacts_counted_idx" ON "synced_messages"("account_id", "contacts_counted");

-- CreateIndex
CREATE INDEX "intro_requests_connector_id_target_key_idx" ON "intro_requests"("connector_id", "target_key");

-- CreateIndex
CREATE INDEX "intro_requests_connector_id_requester_email_idx" ON "intro_requests"("connector_id", "requester_email");

-- AddForeignKey
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "google_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_months" ADD CONSTRAINT "contact_months_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_threads" ADD CONSTRAINT "contact_threads_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mail_introductions" ADD CONSTRAINT "mail_introductions_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "google_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "protected_targets" ADD CONSTRAINT "protected_targets_connector_id_fkey" FOREIGN KEY ("connector_id") REFERENCES "connectors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

