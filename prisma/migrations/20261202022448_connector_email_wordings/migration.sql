-- CreateTable
CREATE TABLE "connector_email_wordings" (
    "connector_id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "note" TEXT,
    "subject" TEXT,
    "updated_at" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "connector_email_wordings_pkey" PRIMARY KEY ("connector_id","action")
);

-- AddForeignKey
ALTER TABLE "connector_email_wordings" ADD CONSTRAINT "connector_email_wordings_connector_id_fkey" FOREIGN KEY ("connector_id") REFERENCES "connectors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

