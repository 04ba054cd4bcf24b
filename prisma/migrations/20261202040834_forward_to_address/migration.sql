-- CreateEnum
CREATE TYPE "request_source" AS ENUM ('inbox', 'plus_address', 'inbound_smtp', 'inbound_webhook');

-- CreateEnum
CREATE TYPE "inbound_status" AS ENUM ('accepted', 'processed', 'refused');

-- AlterEnum
ALTER TYPE "intro_request_event_kind" ADD VALUE 'forwarded';

-- AlterTable
ALTER TABLE "intro_requests" ADD COLUMN     "connector_note" TEXT,
ADD COLUMN     "content_key" TEXT,
ADD COLUMN     "original_message_id" TEXT,
ADD COLUMN     "recognised" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "source" "request_source" NOT NULL DEFAULT 'inbox';

-- CreateTable
CREATE TABLE "inbound_addresses" (
    "id" UUID NOT NULL,
    "connector_id" UUID NOT NULL,
    "local_part" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retired_at" TIMESTAMPTZ,

    CONSTRAINT "inbound_addresses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inbound_messages" (
    "id" UUID NOT NULL,
    "connector_id" UUID NOT NULL,
    "route" "request_source" NOT NULL,
    "status" "inbound_status" NOT NULL,
    "from_address" TEXT,
    "subject" TEXT,
    "outcome" TEXT,
    "raw" BYTEA,
    "intro_request_id" UUID,
    "received_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inbound_messages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "inbound_addresses_local_part_key" ON "inbound_addresses"("local_part");

-- CreateIndex
CREATE INDEX "inbound_addresses_connector_id_retired_at_idx" ON "inbound_addresses"("connector_id", "retired_at");

-- CreateIndex
CREATE INDEX "inbound_messages_connector_id_received_at_idx" ON "inbound_messages"("connector_id", "received_at");

-- CreateIndex
CREATE INDEX "inbound_messages_status_received_at_idx" ON "inbound_messages"("status", "received_at");

-- CreateIndex
CREATE UNIQUE INDEX "intro_requests_connector_id_original_message_id_key" ON "intro_requests"("connector_id", "original_message_id");

-- CreateIndex
CREATE UNIQUE INDEX "intro_requests_connector_id_content_key_key" ON "intro_requests"("connector_id", "content_key");

-- AddForeignKey
ALTER TABLE "inbound_addresses" ADD CONSTRAINT "inbound_addresses_connector_id_fkey" FOREIGN KEY ("connector_id") REFERENCES "connectors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inbound_messages" ADD CONSTRAINT "inbound_messages_connector_id_fkey" FOREIGN KEY ("connector_id") REFERENCES "connectors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inbound_messages" ADD CONSTRAINT "inbound_messages_intro_request_id_fkey" FOREIGN KEY ("intro_request_id") REFERENCES "intro_requests"("id") ON DELETE SET NULL ON UPDATE CASCADE;

