import type { CommandResult } from '../form-command.js';

/** The accepted result, or a test failure naming the refusal. */
export function ok(r: CommandResult): Extract<CommandResult, { ok: true }> {
  if (!r.ok) throw new Error(`refused (${r.problem.code}): ${r.problem.message.en}`);
  return r;
}

/** The refusal's code, or a test failure when the command went through. */
export function refusedCode(r: CommandResult): string {
  if (r.ok) throw new Error('the command was accepted');
  return r.problem.code;
}
