-- A connector is found by their Google account's subject, never by address: addresses are
-- reassigned, so two connectors may have held the same one.
-- DropIndex
DROP INDEX "connectors_email_key";

-- CreateIndex
CREATE INDEX "connectors_email_idx" ON "connectors"("email");
