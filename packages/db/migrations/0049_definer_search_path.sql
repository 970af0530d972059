-- Hardening (issue 16): every SECURITY DEFINER function runs with the owner's rights, so its
-- search_path is pinned to the schema it lives in (then pg_temp, last): a caller who puts a
-- schema of their own first cannot make it call their functions or read their tables instead.
-- Pinned to current_schema() rather than public, since the tests run each in a fresh schema.
DO $$
DECLARE f regprocedure;
BEGIN
  FOR f IN
    SELECT p.oid::regprocedure FROM pg_proc p
     WHERE p.prosecdef AND p.pronamespace = current_schema()::regnamespace
  LOOP
    EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, current_schema());
  END LOOP;
END $$;
