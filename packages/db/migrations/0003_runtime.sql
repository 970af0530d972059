-- The engine's runtime: jobs (timers, reminders, later e-mail and webhooks) claimed with
-- FOR UPDATE SKIP LOCKED so several server processes share them and each runs once; the in-app
-- notification outbox; the per-tenant hash-chained audit log; task due dates and cards; serial
-- number patterns and the template supervisor (督办人).

ALTER TABLE template_versions ADD COLUMN serial_pattern jsonb;
ALTER TABLE templates ADD COLUMN supervisor_ids text[] NOT NULL DEFAULT '{}';
ALTER TABLE tasks ADD COLUMN due_at timestamptz;
ALTER TABLE tasks ADD COLUMN card text CHECK (card IN ('yellow', 'red'));
CREATE INDEX tasks_due ON tasks (tenant_id, due_at) WHERE status = 'pending';

CREATE TABLE jobs (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id text NOT NULL,
  kind text NOT NULL,
  run_at timestamptz NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}',
  -- at most one live job per key, e.g. one reminder per task
  dedupe_key text,
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  done_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX jobs_dedupe ON jobs (tenant_id, dedupe_key) WHERE done_at IS NULL AND dedupe_key IS NOT NULL;
CREATE INDEX jobs_due ON jobs (run_at) WHERE done_at IS NULL;

CREATE TABLE notifications (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id text NOT NULL,
  user_id text NOT NULL,
  kind text NOT NULL,
  instance_id text,
  task_id text,
  data jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL,
  read_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users(tenant_id, id)
);
CREATE INDEX notifications_user ON notifications (tenant_id, user_id, created_at DESC);

-- Append-only: each row's hash covers the previous row's hash, so an edited or deleted row
-- breaks the chain at that point and `signoff audit verify` names it.
CREATE TABLE audit_log (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  seq bigint NOT NULL,
  at timestamptz NOT NULL,
  actor_id text,
  action text NOT NULL,
  subject text NOT NULL,
  data jsonb NOT NULL DEFAULT '{}',
  prev_hash text NOT NULL,
  hash text NOT NULL,
  PRIMARY KEY (tenant_id, seq)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['jobs','notifications','audit_log']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO signoff_app USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant())', t);
  END LOOP;
END $$;
GRANT SELECT, INSERT, UPDATE, DELETE ON jobs, notifications TO signoff_app;
-- the app may append to the audit log and read it, never change or remove a row
GRANT SELECT, INSERT ON audit_log TO signoff_app;
