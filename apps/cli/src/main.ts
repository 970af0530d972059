import { Command, CommanderError } from 'commander';
import { registerServerCommands } from './server-commands.js';

const EXAMPLES = `
Examples:
  signoff start --seed-demo                 start on the embedded database with the demo tenant
  DATABASE_URL=postgres://postgres@127.0.0.1:5432/test signoff start
                                            start on PostgreSQL instead
  signoff start --port 8080 --data-dir /var/lib/signoff
  signoff migrate                           apply pending database migrations and exit
  signoff seed-demo                         create the demo tenant (company code "demo") if missing
`;

export function buildProgram(): Command {
  const program = new Command('signoff')
    .description('Signoff: low-code office approvals (低代码审批)')
    .version('0.1.0')
    .showHelpAfterError()
    .addHelpText('after', EXAMPLES);
  registerServerCommands(program);
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
    process.stderr.write(`signoff: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
