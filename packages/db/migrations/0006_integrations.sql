-- Integrations: API tokens (only a hash is stored; the token is shown once) and outgoing
-- webhooks with a delivery log. Deliveries are sent by the job queue, signed with HMAC-SHA256.
CREATE TABLE api_tokens (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id text NOT NULL,
  name text NOT NULL,
  token_hash text NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  last_used_at timestamptz,
  revoked_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (token_hash)
);

CREATE TABLE webhooks (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id text NOT NULL,
  url text NOT NULL,
  secret text NOT NULL,
  events text[] NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE webhook_deliveries (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id text NOT NULL,
  webhook_id text NOT NULL,
  event text NOT NULL,
  payload jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  response_status integer,
  last_error text,
  created_at timestamptz NOT NULL,
  delivered_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, webhook_id) REFERENCES webhooks(tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX webhook_deliveries_hook ON webhook_deliveries (tenant_id, webhook_id, created_at DESC);

-- A bearer token arrives before any tenant is known: this definer function maps its hash to
-- the tenant, and nothing else.
CREATE FUNCTION tenant_by_token_hash(p_hash text) RETURNS TABLE (tenant_id text, token_id text)
  LANGUAGE sql STABLE SECURITY DEFINER AS
$$ SELECT k.tenant_id, k.id FROM api_tokens k JOIN tenants t ON t.id = k.tenant_id
    WHERE k.token_hash = p_hash AND k.revoked_at IS NULL AND t.status = 'active' $$;
GRANT EXECUTE ON FUNCTION tenant_by_token_hash(text) TO signoff_app;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['api_tokens','webhooks','webhook_deliveries']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO signoff_app USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO signoff_app', t);
  END LOOP;
END $$;
