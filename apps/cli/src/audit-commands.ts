import type { Command } from 'commander';
import { findTenantByCode, migrate, openDatabase, verifyAudit, withAppRole, withTenant } from '@signoff/db';

/** `signoff audit verify <company>`: recomputes the tenant's hash chain and names the first broken entry. */
export function registerAuditCommands(program: Command): void {
  program
    .command('audit')
    .description('check the audit log')
    .command('verify <code>')
    .description("recompute a company's audit hash chain; exits 2 when an entry was altered or removed")
    .option(
      '--data-dir <dir>',
      'where the embedded database keeps its files (ignored with DATABASE_URL)',
      './data/pglite',
    )
    .action(async (code: string, f: { dataDir: string }) => {
      const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: f.dataDir });
      try {
        await migrate(db);
        const tenant = await withAppRole(db, (tx) => findTenantByCode(tx, code));
        if (!tenant) throw new Error(`企业「${code}」不存在 / no company has the code ${code}`);
        const verdict = await withTenant(db, tenant.id, (tx) => verifyAudit(tx, tenant.id));
        if (verdict.ok) {
          process.stdout.write(
            `audit chain intact: ${verdict.entries} entries / 审计链完整：${verdict.entries} 条\n`,
          );
        } else {
          process.stdout.write(
            `audit chain BROKEN at entry ${verdict.brokenAt} (${verdict.why}) / 审计链在第 ${verdict.brokenAt} 条处被破坏（${verdict.why}）\n`,
          );
          process.exitCode = 2;
        }
        // written but not chained yet: a running server's job loop seals them within seconds
        if (verdict.unsealed > 0)
          process.stdout.write(
            `${verdict.unsealed} newer entries not sealed yet (not covered by the check) / 另有 ${verdict.unsealed} 条新记录尚未封存（未在校验范围内）\n`,
          );
      } finally {
        await db.close();
      }
    });
}
