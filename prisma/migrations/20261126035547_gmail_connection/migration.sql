-- CreateEnum
CREATE TYPE "google_account_status" AS ENUM ('active', 'needs_reconnect');

-- CreateTable
CREATE TABLE "google_accounts" (
    "id" UUID NOT NULL,
    "connector_id" UUID NOT NULL,
    "google_subject" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "scopes" TEXT NOT NULL,
    "refresh_token_sealed" TEXT NOT NULL,
    "access_token_sealed" TEXT,
    "access_token_expires_at" TIMESTAMPTZ,
    "status" "google_account_status" NOT NULL DEFAULT 'active',
    "status_reason" TEXT,
    "history_id" BIGINT,
    "last_sync_at" TIMESTAMPTZ,
    "last_sync_error" TEXT,
    "watch_expires_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "google_accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "synced_messages" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "gmail_message_id" TEXT NOT NULL,
    "thread_id" TEXT NOT NULL,
    "internal_date" TIMESTAMPTZ,
    "is_intro_request" BOOLEAN NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "synced_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "token_hash" TEXT NOT NULL,
    "connector_id" UUID NOT NULL,
    "csrf_token" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("token_hash")
);

-- CreateTable
CREATE TABLE "sign_in_attempts" (
    "state" TEXT NOT NULL,
    "browser_binding" TEXT NOT NULL,
    "code_verifier_sealed" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_in_attempts_pkey" PRIMARY KEY ("state")
);

-- CreateIndex
CREATE UNIQUE INDEX "google_accounts_connector_id_key" ON "google_accounts"("connector_id");

-- CreateIndex
CREATE UNIQUE INDEX "google_accounts_google_subject_key" ON "google_accounts"("google_subject");

-- CreateIndex
CREATE INDEX "google_accounts_email_idx" ON "google_accounts"("email");

-- CreateIndex
CREATE UNIQUE INDEX "synced_messages_account_id_gmail_message_id_key" ON "synced_messages"("account_id", "gmail_message_id");

-- CreateIndex
CREATE INDEX "sessions_connector_id_idx" ON "sessions"("connector_id");

-- CreateIndex
CREATE INDEX "sign_in_attempts_expires_at_idx" ON "sign_in_attempts"("expires_at");

-- AddForeignKey
ALTER TABLE "google_accounts" ADD CONSTRAINT "google_accounts_connector_id_fkey" FOREIGN KEY ("connector_id") REFERENCES "connectors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "synced_messages" ADD CONSTRAINT "synced_messages_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "google_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_connector_id_fkey" FOREIGN KEY ("connector_id") REFERENCES "connectors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

