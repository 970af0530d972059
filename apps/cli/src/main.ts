import { Command, CommanderError } from 'commander';
import { registerServerCommands } from './server-commands.js';
import { registerTenantCommands } from './tenant-commands.js';

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
`;

export function buildProgram(): Command {
  const program = new Command('signoff')
    .description('Signoff: low-code office approvals (低代码审批)')
    .version('0.1.0')
    .showHelpAfterError()
    .addHelpText('after', EXAMPLES);
  registerServerCommands(program);
  registerTenantCommands(program);
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
