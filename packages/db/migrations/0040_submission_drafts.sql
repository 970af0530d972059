-- A request being filled in (issue 18): saved as the applicant types, offered again when they come
-- back, deleted when they submit or discard it. One draft per person and template. `version_id`
-- is the version the data was typed against, so the page can tell when the form changed since.
CREATE TABLE submission_drafts (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  user_id text NOT NULL,
  template_id text NOT NULL,
  version_id text NOT NULL,
  data jsonb NOT NULL,
  saved_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, user_id, template_id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users(tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, template_id) REFERENCES templates(tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, version_id) REFERENCES template_versions(tenant_id, id) ON DELETE CASCADE
);

ALTER TABLE submission_drafts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON submission_drafts TO signoff_app
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON submission_drafts TO signoff_app;
