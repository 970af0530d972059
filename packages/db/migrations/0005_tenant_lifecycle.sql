-- Tenant lifecycle and settings. A deleted tenant is kept (logins refused) until its retention
-- period ends, then purged with everything it owns (ON DELETE CASCADE on every tenant table).
ALTER TABLE tenants DROP CONSTRAINT IF EXISTS tenants_status_check;
ALTER TABLE tenants ADD CONSTRAINT tenants_status_check CHECK (status IN ('active', 'suspended', 'deleted'));
ALTER TABLE tenants ADD COLUMN settings jsonb NOT NULL DEFAULT '{}';
ALTER TABLE tenants ADD COLUMN deleted_at timestamptz;
ALTER TABLE tenants ADD COLUMN purge_after timestamptz;

-- a tenant admin edits their own tenant's settings and name, nothing else of the row
GRANT UPDATE (name, settings, locale) ON tenants TO signoff_app;
DROP POLICY IF EXISTS tenant_self ON tenants;
CREATE POLICY tenant_self ON tenants TO signoff_app USING (id = current_tenant()) WITH CHECK (id = current_tenant());
