-- Performance (issue 15): each server keeps a company's org snapshot in memory and asks only for
-- this number, which moves in the same transaction as any change to the org, so a server sees the
-- change on its very next read (across processes, with no message between them). From a sequence,
-- so a number is never handed out twice: a rolled-back change leaves no number another can reuse,
-- and two changes in one transaction end on a number no snapshot read between them was filed under.
CREATE SEQUENCE org_version_seq;
ALTER TABLE tenants ADD COLUMN org_version bigint NOT NULL DEFAULT 0;
GRANT UPDATE (org_version) ON tenants TO signoff_app;
GRANT USAGE ON SEQUENCE org_version_seq TO signoff_app;

-- Not SECURITY DEFINER: under row-level security the app can move only its own company's number.
-- A restore writes the rows back as they were, org_version included (signoff.restoring, set by
-- restoreDatabase, which moves the sequence past the restored numbers afterwards).
CREATE FUNCTION bump_org_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('signoff.restoring', true) = 'on' THEN RETURN NULL; END IF;
  UPDATE tenants SET org_version = nextval('org_version_seq')
   WHERE id IN (SELECT DISTINCT tenant_id FROM changed);
  RETURN NULL;
END $$;

CREATE FUNCTION bump_org_version_of_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('signoff.restoring', true) = 'on' THEN RETURN NULL; END IF;
  UPDATE tenants SET org_version = nextval('org_version_seq') WHERE id = NEW.tenant_id;
  RETURN NULL;
END $$;

-- once per statement, however many rows an import writes
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['departments', 'ranks', 'positions', 'users', 'user_positions',
                           'user_departments', 'supervisions', 'delegations']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed
                    FOR EACH STATEMENT EXECUTE FUNCTION bump_org_version()', t || '_org_insert', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed
                    FOR EACH STATEMENT EXECUTE FUNCTION bump_org_version()', t || '_org_delete', t);
    IF t <> 'users' THEN
      EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed
                      FOR EACH STATEMENT EXECUTE FUNCTION bump_org_version()', t || '_org_update', t);
    END IF;
  END LOOP;
END $$;

-- a login writes users too (failed_logins, password_hash): only what the snapshot holds counts
CREATE TRIGGER users_org_update AFTER UPDATE ON users FOR EACH ROW
  WHEN ((OLD.name, OLD.department_id, OLD.rank_id, OLD.roles, OLD.active)
        IS DISTINCT FROM (NEW.name, NEW.department_id, NEW.rank_id, NEW.roles, NEW.active))
  EXECUTE FUNCTION bump_org_version_of_row();
