-- Integration API (issue 20): a token carries the scopes chosen when it was created, and a
-- submit or action retried with the same Idempotency-Key answers its first result.
-- Tokens made before scopes existed could submit and read; they keep exactly that.
ALTER TABLE api_tokens ADD COLUMN scopes text[] NOT NULL DEFAULT ARRAY['read', 'submit']
  CHECK (scopes <@ ARRAY['read', 'submit', 'act-for-users', 'admin']);

-- The definer function now also answers the token's name and scopes (its return type changes,
-- so it is dropped and made again). Its search_path is pinned to the schema it was made in, so
-- a definer function cannot be steered by a schema the caller put first (that schema is not
-- always public: the tests make one per run).
DROP FUNCTION tenant_by_token_hash(text);
CREATE FUNCTION tenant_by_token_hash(p_hash text)
  RETURNS TABLE (tenant_id text, token_id text, token_name text, scopes text[])
  LANGUAGE sql STABLE SECURITY DEFINER AS
$$ SELECT k.tenant_id, k.id, k.name, k.scopes FROM api_tokens k JOIN tenants t ON t.id = k.tenant_id
    WHERE k.token_hash = p_hash AND k.revoked_at IS NULL AND t.status = 'active' $$;
DO $$ BEGIN
  EXECUTE format('ALTER FUNCTION tenant_by_token_hash(text) SET search_path = %I, pg_temp', current_schema());
END $$;
GRANT EXECUTE ON FUNCTION tenant_by_token_hash(text) TO signoff_app;

-- One row per (token, key): the first request's fingerprint and its answer. A retry with the
-- same key and the same body gets the stored answer; a different body with that key is refused.
CREATE TABLE api_idempotency_keys (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  token_id text NOT NULL,
  key text NOT NULL,
  request_hash text NOT NULL,
  status integer NOT NULL,
  body jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, token_id, key),
  FOREIGN KEY (tenant_id, token_id) REFERENCES api_tokens(tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX api_idempotency_keys_age ON api_idempotency_keys (tenant_id, created_at);

ALTER TABLE api_idempotency_keys ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON api_idempotency_keys TO signoff_app
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON api_idempotency_keys TO signoff_app;
