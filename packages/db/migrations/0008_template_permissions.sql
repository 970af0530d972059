-- Template folders and per-template permissions (seed 001): manager > editor > author > reader,
-- granted to a user, a department, a position or a role, on a template or on a folder, and
-- inherited down the folder tree.
CREATE TABLE template_folders (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id text NOT NULL,
  name text NOT NULL,
  parent_id text,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, parent_id) REFERENCES template_folders(tenant_id, id)
);
ALTER TABLE templates ADD COLUMN folder_id text;

CREATE TABLE template_grants (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id text NOT NULL,
  target_type text NOT NULL CHECK (target_type IN ('folder', 'template')),
  target_id text NOT NULL,
  principal_type text NOT NULL CHECK (principal_type IN ('user', 'department', 'position', 'role', 'everyone')),
  principal_id text NOT NULL DEFAULT '',
  level text NOT NULL CHECK (level IN ('manager', 'editor', 'author', 'reader')),
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX template_grants_target ON template_grants (tenant_id, target_type, target_id);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['template_folders','template_grants']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO signoff_app USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO signoff_app', t);
  END LOOP;
END $$;
