-- The route designer's saved simulations (issue 12): a designer keeps "this applicant with this
-- form data goes through these steps to these people" as a test case of the template; the
-- designer re-runs every case against the draft and a failing one blocks publishing. The case is
-- data of the browser's: `applicant` is {"userId"} or {"departmentId","rankId"}, `expected` the
-- steps' node ids with their resolved user ids. Deleted with the template.
CREATE TABLE route_simulation_cases (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id text NOT NULL,
  template_id text NOT NULL,
  name text NOT NULL,
  applicant jsonb NOT NULL,
  form_data jsonb NOT NULL,
  expected jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  created_by text NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, template_id) REFERENCES templates(tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX route_simulation_cases_by_template ON route_simulation_cases (tenant_id, template_id, created_at);

ALTER TABLE route_simulation_cases ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON route_simulation_cases TO signoff_app
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON route_simulation_cases TO signoff_app;
