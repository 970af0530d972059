-- Citus readiness (issue 16): Citus refuses ON DELETE SET NULL on a foreign key that holds the
-- distribution column (citusdata/citus#7132), so the user's saved signature no longer lets the
-- database null it: deleteAttachment clears it in the same statement, and the key only checks.
ALTER TABLE user_preferences DROP CONSTRAINT user_preferences_tenant_id_signature_attachment_id_fkey;
ALTER TABLE user_preferences ADD CONSTRAINT user_preferences_tenant_id_signature_attachment_id_fkey
  FOREIGN KEY (tenant_id, signature_attachment_id) REFERENCES attachments (tenant_id, id);
