import type postgres from 'postgres';

const GUARD = 'faults_tenant_guard';

/**
 * A trigger on every table with a `tenant_id` that refuses a row written by the app role under
 * any tenant setting but its own (one left behind by another transaction, or none at all): a
 * setting that leaked through a pooled server connection makes that request fail, loudly. It
 * checks what RLS's WITH CHECK checks, with a message that names the leak. Returns the tables.
 */
export async function installTenantGuard(sql: postgres.Sql): Promise<string[]> {
  await sql.unsafe(`
    CREATE FUNCTION ${GUARD}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF current_user = 'signoff_app'
         AND NEW.tenant_id IS DISTINCT FROM nullif(current_setting('app.tenant_id', true), '') THEN
        RAISE EXCEPTION 'tenant setting leak: a % row of tenant % written under tenant setting %',
          TG_TABLE_NAME, NEW.tenant_id, coalesce(current_setting('app.tenant_id', true), '(none)');
      END IF;
      RETURN NEW;
    END $$`);
  const tables = await sql<{ table_name: string }[]>`
    SELECT c.table_name FROM information_schema.columns c
    JOIN information_schema.tables t USING (table_schema, table_name)
    WHERE c.column_name = 'tenant_id' AND c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
    ORDER BY 1`;
  for (const { table_name } of tables)
    await sql.unsafe(
      `CREATE TRIGGER ${GUARD} BEFORE INSERT OR UPDATE ON "${table_name}" FOR EACH ROW EXECUTE FUNCTION ${GUARD}()`,
    );
  return tables.map((t) => t.table_name);
}

/**
 * The guard must bite: as the app role, a row of another tenant than the setting is refused with
 * the guard's message (checked inside a transaction that is rolled back).
 */
export async function guardRefusesForeignRow(sql: postgres.Sql): Promise<string> {
  try {
    await sql.begin(async (tx) => {
      const [t] = await tx<{ id: string }[]>`SELECT id FROM tenants ORDER BY code LIMIT 1`;
      await tx.unsafe('SET LOCAL ROLE signoff_app');
      await tx`SELECT set_config('app.tenant_id', 'not-this-tenant', true)`;
      await tx`INSERT INTO user_preferences (tenant_id, user_id, updated_at) VALUES (${t?.id ?? ''}, 'u', now())`;
    });
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  return 'accepted';
}
