import type { Command } from 'commander';
import { createApiDeps, createTenant, deleteTenant, purgeTenants, setTenantActive, tenantList } from '@signoff/api';
import { migrate, openDatabase } from '@signoff/db';

const dataDirOption = ['--data-dir <dir>', 'where the embedded database keeps its files (ignored with DATABASE_URL)', './data/pglite'] as const;

/** Platform operations run from the server's shell: they need database access, not a login. */
async function withDeps<T>(dataDir: string, fn: (deps: ReturnType<typeof createApiDeps>) => Promise<T>): Promise<T> {
  const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir });
  try {
    await migrate(db);
    return await fn(createApiDeps(db));
  } finally {
    await db.close();
  }
}

const out = (text: string): void => {
  process.stdout.write(`${text}\n`);
};

export function registerTenantCommands(program: Command): void {
  const tenant = program.command('tenant').description('create, list, suspend and delete companies (platform admin)');

  tenant
    .command('create')
    .description('create a company with a tenant admin; prints the one-time admin password')
    .requiredOption('--code <code>', 'company code used at login, e.g. acme')
    .requiredOption('--name <name>', 'company name')
    .option('--admin <login>', 'login of the first tenant admin', 'admin')
    .option(...dataDirOption)
    .action(async (f: { code: string; name: string; admin: string; dataDir: string }) => {
      const created = await withDeps(f.dataDir, (deps) => createTenant(deps, { code: f.code, name: f.name, adminLogin: f.admin }));
      out(`created company ${created.code} / 已创建企业 ${created.code}`);
      out(`admin login / 管理员账号: ${created.adminLogin}`);
      out(`one-time password / 初始密码: ${created.temporaryPassword}   (must be changed at first login / 首次登录须修改)`);
    });

  tenant
    .command('list')
    .description('list companies with their status and size')
    .option('--json', 'print JSON')
    .option(...dataDirOption)
    .action(async (f: { json?: boolean; dataDir: string }) => {
      const rows = await withDeps(f.dataDir, tenantList);
      if (f.json) return out(JSON.stringify(rows, null, 2));
      for (const t of rows) {
        out(`${t.code.padEnd(16)} ${t.status.padEnd(10)} users ${String(t.users).padStart(5)}  requests ${String(t.instances).padStart(7)}  ${t.name}${t.purgeAfter ? `  (purge after ${t.purgeAfter})` : ''}`);
      }
    });

  for (const [name, active, text] of [
    ['suspend', false, 'suspend a company: logins refused, sessions ended, data kept'],
    ['resume', true, 'make a suspended company active again'],
  ] as const) {
    tenant
      .command(`${name} <code>`)
      .description(text)
      .option(...dataDirOption)
      .action(async (code: string, f: { dataDir: string }) => {
        await withDeps(f.dataDir, (deps) => setTenantActive(deps, code, active));
        out(`${code}: ${active ? 'active / 已恢复' : 'suspended / 已停用'}`);
      });
  }

  tenant
    .command('delete <code>')
    .description('delete a company: logins refused now, data purged after the retention period')
    .option('--retention-days <days>', 'days to keep the data before purging', '30')
    .option(...dataDirOption)
    .action(async (code: string, f: { retentionDays: string; dataDir: string }) => {
      const { purgeAfter } = await withDeps(f.dataDir, (deps) => deleteTenant(deps, code, Number(f.retentionDays)));
      out(`${code}: deleted, data purged after ${purgeAfter} / 已注销，数据将于 ${purgeAfter} 后清除`);
    });

  tenant
    .command('purge')
    .description('purge deleted companies whose retention period has ended')
    .option(...dataDirOption)
    .action(async (f: { dataDir: string }) => {
      const purged = await withDeps(f.dataDir, purgeTenants);
      out(purged.length === 0 ? 'nothing to purge / 没有到期的企业' : `purged / 已清除: ${purged.join(', ')}`);
    });
}
