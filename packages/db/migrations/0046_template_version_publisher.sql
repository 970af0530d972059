-- The route designer's versions list (issue 12) shows who published each version. The publisher's
-- user id is kept on the version (null for versions the system published: the demo seed); the
-- list joins it to `users` within the tenant for the display name, so a renamed user reads by the
-- new name. Versions published before this column existed take their publisher from the audit
-- log's `template.publish` entry, which records the actor and the version number.
-- Only a column of `template_versions` is added; its row-level security (0001) covers it.
ALTER TABLE template_versions ADD COLUMN published_by text;

UPDATE template_versions v SET published_by = a.actor_id
  FROM audit_log a
 WHERE a.tenant_id = v.tenant_id
   AND a.action = 'template.publish'
   AND a.subject = 'template:' || v.template_id
   AND a.data->>'version' = v.version::text
   AND a.actor_id IS NOT NULL;
