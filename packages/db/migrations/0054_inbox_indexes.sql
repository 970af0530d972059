-- Performance (issue 15, the inbox-at-scale bench): the job loop claims work with
-- `WHERE done_at IS NULL AND run_at <= now ORDER BY run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`.
-- An index on run_at alone returns every job due at the same instant unordered by id, so the claim
-- read and sorted all of them to keep one: with 20,000 timers due at one instant (1000 companies,
-- 1M tasks) each claim took 120 ms of database time. With id in the key the index hands the rows
-- over in the query's own order and the claim stops at the first one it can lock. It replaces the
-- old index, which it covers (same predicate, same leading column).
CREATE INDEX jobs_due_order ON jobs (run_at, id) WHERE done_at IS NULL;
DROP INDEX jobs_due;
