-- Hardening (issue 16): a changed password may not be one of the user's last five (the current
-- one and the four it replaced). Only argon2id hashes are kept; older ones are deleted.
CREATE TABLE password_history (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  user_id text NOT NULL,
  id bigint GENERATED ALWAYS AS IDENTITY,
  password_hash text NOT NULL,
  replaced_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, user_id, id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users(tenant_id, id) ON DELETE CASCADE
);

ALTER TABLE password_history ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON password_history TO signoff_app
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
GRANT SELECT, INSERT, DELETE ON password_history TO signoff_app;
