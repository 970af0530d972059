-- Performance (issue 15), as 0052 did for the org: each server keeps a company's templates (the
-- heads, folders and grants the access rule reads), its published versions and its webhooks in
-- memory, and asks only for this number, which moves in the same transaction as any change to
-- them. Published versions are never updated (0001), so they need no number of their own.
CREATE SEQUENCE config_version_seq;
ALTER TABLE tenants ADD COLUMN config_version bigint NOT NULL DEFAULT 0;
GRANT UPDATE (config_version) ON tenants TO signoff_app;
GRANT USAGE ON SEQUENCE config_version_seq TO signoff_app;

CREATE FUNCTION bump_config_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('signoff.restoring', true) = 'on' THEN RETURN NULL; END IF;
  UPDATE tenants SET config_version = nextval('config_version_seq')
   WHERE id IN (SELECT DISTINCT tenant_id FROM changed);
  RETURN NULL;
END $$;

CREATE FUNCTION bump_config_version_of_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('signoff.restoring', true) = 'on' THEN RETURN NULL; END IF;
  UPDATE tenants SET config_version = nextval('config_version_seq') WHERE id = NEW.tenant_id;
  RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['templates', 'template_folders', 'template_grants', 'webhooks']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed
                    FOR EACH STATEMENT EXECUTE FUNCTION bump_config_version()', t || '_config_insert', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed
                    FOR EACH STATEMENT EXECUTE FUNCTION bump_config_version()', t || '_config_delete', t);
    IF t <> 'templates' THEN
      EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed
                      FOR EACH STATEMENT EXECUTE FUNCTION bump_config_version()', t || '_config_update', t);
    END IF;
  END LOOP;
END $$;

-- the designer's autosave writes templates.draft many times a minute: only what the cache holds counts
CREATE TRIGGER templates_config_update AFTER UPDATE ON templates FOR EACH ROW
  WHEN ((OLD.key, OLD.title, OLD.serial_prefix, OLD.current_version_id, OLD.folder_id, OLD.supervisor_ids, OLD.archived_at)
        IS DISTINCT FROM
        (NEW.key, NEW.title, NEW.serial_prefix, NEW.current_version_id, NEW.folder_id, NEW.supervisor_ids, NEW.archived_at))
  EXECUTE FUNCTION bump_config_version_of_row();
