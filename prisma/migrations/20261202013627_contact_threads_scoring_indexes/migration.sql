-- CreateIndex
CREATE INDEX "contact_threads_contact_id_contact_wrote_connector_wrote_idx" ON "contact_threads"("contact_id", "contact_wrote", "connector_wrote");

-- CreateIndex
CREATE INDEX "contact_threads_contact_id_thread_id_last_at_idx" ON "contact_threads"("contact_id", "thread_id", "last_at");

