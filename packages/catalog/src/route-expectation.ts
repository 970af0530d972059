import type { SimulationResult, StepKind } from './simulation-scenario.js';

/** `["approve", "工程部经理"]`: a step's kind and the positions it resolves through (the public scenario format). */
export type ExpectedStep = [StepKind, ...string[]];

const show = (steps: readonly (readonly string[])[]) =>
  steps.map((s) => `${s[0]}:${s.slice(1).join('+')}`).join(' → ') || '(no steps)';

/**
 * Compares a simulated route with the expected steps: kinds and positions in order, skipped steps
 * left out (as `routes.public.json` writes them). Returns null on a match, else a line showing
 * both routes.
 */
export function routeMismatch(result: SimulationResult, expect: readonly ExpectedStep[]): string | null {
  const actual = result.steps.filter((s) => !s.skipped).map((s) => [s.kind, ...[...s.positions].sort()]);
  const wanted = expect.map(([kind, ...positions]) => [kind, ...[...positions].sort()]);
  const same =
    actual.length === wanted.length && actual.every((a, i) => a.join('\n') === wanted[i]?.join('\n'));
  return same ? null : `expected ${show(wanted)}\n     got ${show(actual)}`;
}
