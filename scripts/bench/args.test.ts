import { describe, expect, it } from 'vitest';
import { parseArgs, selectBenches, UsageError } from './args';
import { argvFor, BENCHES, budgetSeconds, findBench, timeoutSeconds } from './benches';

const KNOWN = ['engine', 'schema', 'renderer'];

describe('pnpm bench arguments', () => {
  it('runs everything when no bench is named', () => {
    const args = parseArgs([], KNOWN);
    expect(args).toMatchObject({ names: [], quick: false, list: false });
    expect(
      selectBenches(
        KNOWN.map((name) => ({ name })),
        args.names,
      ).map((b) => b.name),
    ).toEqual(KNOWN);
  });

  it('runs the named benches in registry order, once each, with --quick anywhere', () => {
    const args = parseArgs(['renderer', '--quick', 'engine', 'renderer'], KNOWN);
    expect(args.quick).toBe(true);
    expect(
      selectBenches(
        KNOWN.map((name) => ({ name })),
        args.names,
      ).map((b) => b.name),
    ).toEqual(['engine', 'renderer']);
  });

  it('ignores the -- that pnpm passes through', () => {
    expect(parseArgs(['--', 'engine'], KNOWN).names).toEqual(['engine']);
  });

  it('refuses an unknown bench or option and names the ones there are', () => {
    expect(() => parseArgs(['engin'], KNOWN)).toThrow(UsageError);
    expect(() => parseArgs(['engin'], KNOWN)).toThrow(/engine, schema, renderer/);
    expect(() => parseArgs(['--fast'], KNOWN)).toThrow(/unknown option --fast/);
  });
});

describe('the bench registry', () => {
  it('has unique names, each a file name docs/bench/<name>.json can take', () => {
    const names = BENCHES.map((b) => b.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('gives every bench a timeout above its expected time, so a slow day is not a failure', () => {
    for (const b of BENCHES) {
      expect(timeoutSeconds(b, false)).toBeGreaterThan(b.seconds.full);
      expect(timeoutSeconds(b, true)).toBeGreaterThan(b.seconds.quick);
    }
    expect(budgetSeconds(BENCHES, true)).toBeLessThan(budgetSeconds(BENCHES, false));
  });

  it('runs a quick bench with the quick flag in place of the full one, not both', () => {
    const renderer = findBench('renderer')!;
    const full = argvFor(renderer, false);
    const quick = argvFor(renderer, true);
    expect(full).toContain('--rounds=5');
    expect(quick.filter((a) => a.startsWith('--rounds='))).toEqual(['--rounds=1']);
    expect(quick.slice(0, 3)).toEqual(full.slice(0, 3));
  });
});
