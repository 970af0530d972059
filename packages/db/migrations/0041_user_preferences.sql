-- A person's own settings (issue 18): whether notices also come by e-mail (in-app notices always
-- stay), and "my saved signature", an image the person uploaded. No row: the defaults (e-mail on,
-- no signature). Removing the image clears the reference only.
CREATE TABLE user_preferences (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  user_id text NOT NULL,
  email_notices boolean NOT NULL DEFAULT true,
  signature_attachment_id text,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, user_id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users(tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, signature_attachment_id) REFERENCES attachments(tenant_id, id) ON DELETE SET NULL (signature_attachment_id)
);

ALTER TABLE user_preferences ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON user_preferences TO signoff_app
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON user_preferences TO signoff_app;
