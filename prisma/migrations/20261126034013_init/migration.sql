-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "intro_request_state" AS ENUM ('detected', 'analyzed', 'awaiting_connector', 'awaiting_target', 'accepted', 'introduced', 'declined_by_connector', 'declined_by_target', 'expired', 'needs_details', 'withdrawn');

-- CreateEnum
CREATE TYPE "specificity_band" AS ENUM ('low', 'medium', 'high');

-- CreateTable
CREATE TABLE "connectors" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "display_name" TEXT,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "connectors_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "intro_requests" (
    "id" UUID NOT NULL,
    "connector_id" UUID NOT NULL,
    "source_key" TEXT NOT NULL,
    "state" "intro_request_state" NOT NULL DEFAULT 'detected',
    "requester_name" TEXT,
    "requester_email" TEXT NOT NULL,
    "forwarded_by_email" TEXT,
    "target_name" TEXT,
    "target_email" TEXT,
    "target_organization" TEXT,
    "target_role" TEXT,
    "reason" TEXT,
    "ask" TEXT,
    "benefit_to_target" TEXT,
    "blurb" TEXT,
    "specificity_score" INTEGER,
    "specificity_band" "specificity_band",
    "specificity_signals" JSONB,
    "received_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "intro_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "intro_request_events" (
    "id" UUID NOT NULL,
    "intro_request_id" UUID NOT NULL,
    "from_state" "intro_request_state",
    "to_state" "intro_request_state" NOT NULL,
    "actor" TEXT NOT NULL,
    "reason" TEXT,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "intro_request_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "connectors_email_key" ON "connectors"("email");

-- CreateIndex
CREATE INDEX "intro_requests_connector_id_state_idx" ON "intro_requests"("connector_id", "state");

-- CreateIndex
CREATE UNIQUE INDEX "intro_requests_connector_id_source_key_key" ON "intro_requests"("connector_id", "source_key");

-- CreateIndex
CREATE INDEX "intro_request_events_intro_request_id_created_at_idx" ON "intro_request_events"("intro_request_id", "created_at");

-- AddForeignKey
ALTER TABLE "intro_requests" ADD CONSTRAINT "intro_requests_connector_id_fkey" FOREIGN KEY ("connector_id") REFERENCES "connectors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "intro_request_events" ADD CONSTRAINT "intro_request_events_intro_request_id_fkey" FOREIGN KEY ("intro_request_id") REFERENCES "intro_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

