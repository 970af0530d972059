-- The designer's working copy of a template, edited freely and frozen into a version on publish.
ALTER TABLE templates ADD COLUMN draft jsonb;
ALTER TABLE templates ADD COLUMN draft_updated_at timestamptz;
ALTER TABLE templates ADD COLUMN draft_updated_by text;
