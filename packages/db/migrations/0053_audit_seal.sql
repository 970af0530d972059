-- Performance (issue 15): the audit chain leaves the writer's transaction. A writer only inserts
-- its row, numbered from one sequence shared by every company (`seq`: unique, gaps allowed, no
-- lock between writers); the job loop's sealer later gives the company's committed rows, in the
-- order it finds them committed, their place in the chain (`chain_pos`: 1, 2, 3 … per company,
-- no gaps) with `prev_hash` and `hash`. The chain order is `chain_pos`, not `seq`. A row is
-- sealed once `chain_pos` is set (docs/runtime.md, "Audit").
CREATE SEQUENCE audit_log_seq OWNED BY audit_log.seq;
SELECT setval('audit_log_seq', coalesce(max(seq), 0) + 1, false) FROM audit_log;
ALTER TABLE audit_log ALTER COLUMN seq SET DEFAULT nextval('audit_log_seq');
ALTER TABLE audit_log ADD COLUMN chain_pos bigint;
ALTER TABLE audit_log ALTER COLUMN prev_hash DROP NOT NULL;
ALTER TABLE audit_log ALTER COLUMN hash DROP NOT NULL;
-- every row written so far was chained in seq order, one company at a time: it is sealed as it is
UPDATE audit_log SET chain_pos = seq;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_chain_pos UNIQUE (tenant_id, chain_pos);
-- what the sealer looks for: small, as rows leave it within a second or so of their commit
CREATE INDEX audit_log_unsealed ON audit_log (tenant_id, seq) WHERE chain_pos IS NULL;

-- The app writes a row's content and nothing else (its seq comes from the sequence), and later
-- only the seal, once. Row-level security (0003) is unchanged; DELETE stays refused by the grants.
REVOKE INSERT ON audit_log FROM signoff_app;
GRANT INSERT (tenant_id, at, actor_id, action, subject, data) ON audit_log TO signoff_app;
GRANT UPDATE (chain_pos, prev_hash, hash) ON audit_log TO signoff_app;
GRANT USAGE ON SEQUENCE audit_log_seq TO signoff_app;

-- For every role, the owner included: a sealed row never changes, and an unsealed one may only
-- receive its whole seal. Someone able to disable this trigger can still edit the table; the
-- chain is what shows it then (`signoff audit verify`).
CREATE FUNCTION audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.chain_pos IS NOT NULL THEN
    RAISE EXCEPTION 'audit_log row % of % is sealed and cannot change', OLD.chain_pos, OLD.tenant_id
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF (NEW.tenant_id, NEW.seq, NEW.at, NEW.actor_id, NEW.action, NEW.subject, NEW.data)
     IS DISTINCT FROM (OLD.tenant_id, OLD.seq, OLD.at, OLD.actor_id, OLD.action, OLD.subject, OLD.data)
     OR NEW.chain_pos IS NULL OR NEW.prev_hash IS NULL OR NEW.hash IS NULL THEN
    RAISE EXCEPTION 'an unsealed audit_log row may only receive its seal (chain_pos, prev_hash, hash)'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER audit_log_guard BEFORE UPDATE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_guard();
