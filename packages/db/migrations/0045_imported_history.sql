-- Issue 19, history from Excel: finished requests of another system, imported from a workbook as
-- archived, read-only instances of a template. `instances.imported_from` says where one came
-- from ({"importId","file","sheet","row"}) and is null for a request filed in Signoff; the approval
-- centre and the request page mark the others 已导入. Each import is recorded with the file's
-- SHA-256, so importing the same file again can say when it was done before.
ALTER TABLE instances ADD COLUMN imported_from jsonb;

CREATE TABLE history_imports (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id text NOT NULL,
  file_name text NOT NULL,
  file_hash text NOT NULL,
  imported integer NOT NULL,
  unchanged integer NOT NULL,
  created_at timestamptz NOT NULL,
  -- null: the command line
  created_by text,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, created_by) REFERENCES users(tenant_id, id)
);
CREATE INDEX history_imports_by_hash ON history_imports (tenant_id, file_hash, created_at);

ALTER TABLE history_imports ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON history_imports TO signoff_app
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
GRANT SELECT, INSERT ON history_imports TO signoff_app;
