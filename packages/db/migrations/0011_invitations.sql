-- Sign-up by invitation: an admin invites a person into a department; the person chooses their
-- login and password with the one-time code. Only the code's hash is stored.
CREATE TABLE invitations (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id text NOT NULL,
  code_hash text NOT NULL,
  name text NOT NULL,
  email text,
  department_id text NOT NULL,
  rank_id text,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  accepted_user_id text,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code_hash),
  FOREIGN KEY (tenant_id, department_id) REFERENCES departments(tenant_id, id)
);
ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON invitations TO signoff_app USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON invitations TO signoff_app;
