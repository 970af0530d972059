-- The designers' template list (issue 11): a template can be archived (停用). It is then no longer
-- offered to start a request and a new submission is refused, while requests already running go
-- on with the version they began on. Nothing is deleted: restoring clears both columns.
-- Only columns of `templates` are added; its row-level security (0001) covers them.
ALTER TABLE templates ADD COLUMN archived_at timestamptz;
ALTER TABLE templates ADD COLUMN archived_by text;
