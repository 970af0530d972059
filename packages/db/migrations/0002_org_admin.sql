-- Org administration: leavers keep their rows (history points at them) but carry a leave date,
-- and delegations (委托) route a user's new tasks to a stand-in between two instants.

ALTER TABLE users ADD COLUMN left_at timestamptz;

CREATE TABLE delegations (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id text NOT NULL,
  from_user_id text NOT NULL,
  to_user_id text NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  -- empty: every template
  template_keys text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, from_user_id) REFERENCES users(tenant_id, id),
  FOREIGN KEY (tenant_id, to_user_id) REFERENCES users(tenant_id, id),
  CHECK (ends_at > starts_at),
  CHECK (from_user_id <> to_user_id)
);
CREATE INDEX delegations_from ON delegations (tenant_id, from_user_id, ends_at);

ALTER TABLE delegations ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON delegations TO signoff_app
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON delegations TO signoff_app;
