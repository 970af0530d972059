import { readFile } from 'node:fs/promises';

const TEST = new URL('../../../../packages/api/src/instances/statements-per-action.test.ts', import.meta.url);

/**
 * The statements per action that `statements-per-action.test.ts` asserts as its ceilings: the test
 * counts them on the wire and fails above them, so the bench reports them rather than counting
 * again. Undefined when the test no longer reads that way.
 */
export async function statementCeilings(): Promise<{ submit: number; approve: number } | undefined> {
  const text = await readFile(TEST, 'utf8').catch(() => '');
  const m = /CEILING\s*=\s*\{\s*submit:\s*(\d+),\s*approve:\s*(\d+)/.exec(text);
  return m?.[1] && m[2] ? { submit: Number(m[1]), approve: Number(m[2]) } : undefined;
}
