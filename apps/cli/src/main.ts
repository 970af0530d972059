import { Command, CommanderError } from 'commander';
import { registerFormCommands } from './form-commands.js';
import { registerServerCommands } from './server-commands.js';
import { registerTenantCommands } from './tenant-commands.js';
import { registerAuditCommands } from './audit-commands.js';
import { registerSimulateCommand } from './simulate-command.js';
import { registerCatalogCommands } from './catalog-commands.js';
import { registerBackupCommands } from './backup-commands.js';
import { registerHistoryCommands } from './history-commands.js';
import { registerRouteCommands } from './route-commands.js';

const EXAMPLES = `
Examples:
  signoff start --seed-demo                 start on the embedded database with the demo tenant
  DATABASE_URL=postgres://postgres@127.0.0.1:5432/test signoff start
                                            start on PostgreSQL instead
  signoff start --port 8080 --data-dir /var/lib/signoff
  signoff migrate                           apply pending database migrations and exit
  signoff seed-demo                         create the demo tenant (company code "demo") if missing
  signoff tenant create --code acme --name "极致建设"   create a company; prints the admin's one-time password
  signoff tenant list                       companies with status and size
  signoff audit verify demo                 check that the demo company's audit log is intact
  signoff form types leave.json > leave.d.ts
                                            TypeScript types of a form (model or compiled JSON Schema)
  signoff simulate --catalog real-estate --flow 请休假管理 --dept 工程部 --rank 职员 --data '{"请假天数":3}'
                                            the route a request would take in a starter catalog
  signoff catalog import small-company --tenant acme --create-missing
                                            import a starter catalog into a company
  signoff backup backups/signoff-$(date +%F).jsonl.gz
                                            back up the whole database (stop the server first on PGlite)
  signoff restore backups/signoff-2026-11-24.jsonl.gz --yes --verify
                                            replace the database with it, all or nothing, and compare every table
`;

export function buildProgram(): Command {
  const program = new Command('signoff')
    .description('Signoff: low-code office approvals (低代码审批)')
    .version('0.1.0')
    .showHelpAfterError()
    .addHelpText('after', EXAMPLES);
  registerServerCommands(program);
  registerTenantCommands(program);
  registerAuditCommands(program);
  registerFormCommands(program);
  registerSimulateCommand(program);
  registerCatalogCommands(program);
  registerBackupCommands(program);
  registerHistoryCommands(program);
  registerRouteCommands(program);
  return program;
}

/** Runs the CLI; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram().exitOverride();
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    // Signoff's typed errors carry both languages; anything else is shown as it is
    const localized = (e as { localized?: { zh?: unknown; en?: unknown } } | null)?.localized;
    const text =
      localized && typeof localized.zh === 'string' && typeof localized.en === 'string'
        ? `${localized.zh} / ${localized.en}`
        : e instanceof Error
          ? e.message
          : String(e);
    process.stderr.write(`signoff: ${text}\n`);
    return 1;
  }
}
