-- Where a template came from: the catalog template file it was imported from, as imported, and a
-- fingerprint of it. Importing the same file again is then a no-op, a changed file publishes a new
-- version, and export gives back what the form and route cannot hold (Δ categories, the serial
-- pattern, the supervisor, the seed reference). One row per template, replaced on each import.
CREATE TABLE template_sources (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  template_id text NOT NULL,
  catalog text,
  content_hash text NOT NULL,
  file jsonb NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, template_id),
  FOREIGN KEY (tenant_id, template_id) REFERENCES templates(tenant_id, id) ON DELETE CASCADE
);

ALTER TABLE template_sources ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON template_sources TO signoff_app
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON template_sources TO signoff_app;
