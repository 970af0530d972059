-- Signoff's first schema. Every tenant table leads its keys with tenant_id (ready for Citus
-- distribution by tenant) and has row-level security keyed on the transaction's app.tenant_id.
-- The application works as signoff_app, which owns nothing and so cannot bypass RLS.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'signoff_app') THEN
    CREATE ROLE signoff_app NOLOGIN NOBYPASSRLS;
  END IF;
END $$;

CREATE FUNCTION current_tenant() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.tenant_id', true), '') $$;

CREATE TABLE tenants (
  id text PRIMARY KEY,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  locale text NOT NULL DEFAULT 'zh',
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE departments (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id text NOT NULL,
  name text NOT NULL,
  code text,
  parent_id text,
  sort integer NOT NULL DEFAULT 0,
  virtual boolean NOT NULL DEFAULT false,
  head_position_id text,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, name),
  FOREIGN KEY (tenant_id, parent_id) REFERENCES departments(tenant_id, id)
);

CREATE TABLE ranks (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id text NOT NULL,
  name text NOT NULL,
  sort integer NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, name)
);

CREATE TABLE positions (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id text NOT NULL,
  name text NOT NULL,
  department_id text NOT NULL,
  is_head boolean NOT NULL DEFAULT false,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, department_id) REFERENCES departments(tenant_id, id)
);

CREATE TABLE users (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id text NOT NULL,
  login text NOT NULL,
  name text NOT NULL,
  department_id text NOT NULL,
  rank_id text,
  roles text[] NOT NULL DEFAULT '{}',
  active boolean NOT NULL DEFAULT true,
  password_hash text,
  must_change_password boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, login),
  FOREIGN KEY (tenant_id, department_id) REFERENCES departments(tenant_id, id),
  FOREIGN KEY (tenant_id, rank_id) REFERENCES ranks(tenant_id, id)
);

CREATE TABLE user_positions (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  user_id text NOT NULL,
  position_id text NOT NULL,
  PRIMARY KEY (tenant_id, user_id, position_id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users(tenant_id, id),
  FOREIGN KEY (tenant_id, position_id) REFERENCES positions(tenant_id, id)
);

CREATE TABLE user_departments (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  user_id text NOT NULL,
  department_id text NOT NULL,
  PRIMARY KEY (tenant_id, user_id, department_id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users(tenant_id, id),
  FOREIGN KEY (tenant_id, department_id) REFERENCES departments(tenant_id, id)
);

CREATE TABLE supervisions (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id text NOT NULL,
  position_id text NOT NULL,
  department_ids text[] NOT NULL DEFAULT '{}',
  categories text[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, position_id) REFERENCES positions(tenant_id, id)
);

CREATE TABLE templates (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id text NOT NULL,
  key text NOT NULL,
  title jsonb NOT NULL,
  serial_prefix text NOT NULL,
  current_version_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, key)
);

-- A published version is frozen: instances point at it and it is never updated.
CREATE TABLE template_versions (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id text NOT NULL,
  template_id text NOT NULL,
  version integer NOT NULL,
  form_model jsonb NOT NULL,
  form_schema jsonb NOT NULL,
  ui_schema jsonb NOT NULL,
  flow jsonb NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, template_id, version),
  FOREIGN KEY (tenant_id, template_id) REFERENCES templates(tenant_id, id)
);

-- Gap-free serial numbers: the counter row is locked by the submit transaction.
CREATE TABLE serial_counters (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  template_id text NOT NULL,
  period text NOT NULL,
  value integer NOT NULL,
  PRIMARY KEY (tenant_id, template_id, period),
  FOREIGN KEY (tenant_id, template_id) REFERENCES templates(tenant_id, id)
);

CREATE TABLE instances (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id text NOT NULL,
  template_id text NOT NULL,
  version_id text NOT NULL,
  serial_no text NOT NULL,
  applicant_id text NOT NULL,
  data jsonb NOT NULL,
  state jsonb NOT NULL,
  status text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, serial_no),
  FOREIGN KEY (tenant_id, version_id) REFERENCES template_versions(tenant_id, id),
  FOREIGN KEY (tenant_id, applicant_id) REFERENCES users(tenant_id, id)
);
CREATE INDEX instances_applicant ON instances (tenant_id, applicant_id, created_at DESC);

-- Tasks mirror the engine state's tasks so that inbox queries are plain indexed reads.
CREATE TABLE tasks (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id text NOT NULL,
  instance_id text NOT NULL,
  node_id text NOT NULL,
  node_name jsonb NOT NULL,
  kind text NOT NULL,
  assignee_id text NOT NULL,
  status text NOT NULL,
  created_at timestamptz NOT NULL,
  completed_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, instance_id) REFERENCES instances(tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX tasks_assignee ON tasks (tenant_id, assignee_id, status, created_at DESC);

CREATE TABLE sessions (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id text NOT NULL,
  user_id text NOT NULL,
  token_hash text NOT NULL,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, token_hash),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users(tenant_id, id)
);

-- Row-level security on every tenant table, and the app role gets only what it needs.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['departments','ranks','positions','users','user_positions','user_departments',
    'supervisions','templates','template_versions','serial_counters','instances','tasks','sessions']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO signoff_app USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO signoff_app', t);
  END LOOP;
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO signoff_app', current_schema());
END $$;

ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_self ON tenants TO signoff_app USING (id = current_tenant());
GRANT SELECT ON tenants TO signoff_app;

-- Login happens before a tenant is known: this one definer function maps a tenant code to its id.
CREATE FUNCTION tenant_by_code(p_code text) RETURNS TABLE (id text, name text, status text)
  LANGUAGE sql STABLE SECURITY DEFINER AS
$$ SELECT t.id, t.name, t.status FROM tenants t WHERE t.code = p_code $$;
GRANT EXECUTE ON FUNCTION tenant_by_code(text) TO signoff_app;
GRANT EXECUTE ON FUNCTION current_tenant() TO signoff_app;
