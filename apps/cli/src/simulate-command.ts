import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { createCatalogSimulator, simulationErrorText } from '@signoff/api';
import { formatSimulation, routeMismatch, type ExpectedStep, type SimulationResult } from '@signoff/catalog';

interface SimulateFlags {
  catalog?: string;
  flow?: string;
  dept?: string;
  rank?: string;
  position?: string;
  data?: string;
  batch?: string;
  json?: boolean;
  check?: boolean;
  lang: string;
}

const out = (text: string): void => {
  process.stdout.write(`${text}\n`);
};

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new Error(
      `${what} 不是有效的 JSON / ${what} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}

function scenarioOf(f: SimulateFlags): Record<string, unknown> {
  if (!f.catalog || !f.flow)
    throw new Error(
      '需要 --catalog 和 --flow，或 --batch <file> / give --catalog and --flow, or --batch <file>',
    );
  return {
    catalog: f.catalog,
    flow: f.flow,
    ...(f.dept !== undefined ? { dept: f.dept } : {}),
    ...(f.rank !== undefined ? { rank: f.rank } : {}),
    ...(f.position !== undefined ? { position: f.position } : {}),
    data: f.data === undefined ? {} : parseJson(f.data, '--data'),
  };
}

async function runBatch(f: SimulateFlags & { batch: string }, lang: 'zh' | 'en'): Promise<void> {
  const list = parseJson(await readFile(f.batch, 'utf8'), f.batch);
  if (!Array.isArray(list)) throw new Error(`${f.batch} 须为场景数组 / must be a JSON array of scenarios`);
  const simulator = await createCatalogSimulator({ lang });
  try {
    const results = await simulator.simulateBatch(list);
    if (f.json) out(JSON.stringify(results, null, 2));
    else
      results.forEach((r, i) =>
        out(`#${i + 1} ${'error' in r ? `✗ ${r.error}` : formatSimulation(r, lang)}\n`),
      );
    const failed = results.filter((r) => 'error' in r).length;
    const mismatched: string[] = [];
    if (f.check) {
      results.forEach((r, i) => {
        const expect = (list[i] as { expect?: ExpectedStep[] } | null)?.expect;
        if ('error' in r || !expect) return;
        const m = routeMismatch(r, expect);
        if (m) mismatched.push(`#${i + 1} ${r.flow}: ${m}`);
      });
      for (const m of mismatched) process.stderr.write(`${m}\n`);
    }
    if (failed > 0 || mismatched.length > 0) {
      const parts = [
        failed > 0
          ? `${failed} of ${results.length} scenarios could not be simulated / ${failed} 个场景无法模拟`
          : '',
        mismatched.length > 0
          ? `${mismatched.length} of ${results.length} routes differ from "expect" / ${mismatched.length} 个路线与预期不符`
          : '',
      ];
      throw new Error(parts.filter(Boolean).join('; '));
    }
    if (f.check)
      process.stderr.write(`${results.length} scenarios match / ${results.length} 个场景全部符合\n`);
  } finally {
    await simulator.close();
  }
}

async function runOne(f: SimulateFlags, lang: 'zh' | 'en'): Promise<void> {
  const scenario = scenarioOf(f);
  const simulator = await createCatalogSimulator({ lang });
  let result: SimulationResult;
  try {
    result = await simulator.simulate(scenario);
  } catch (e) {
    const text = simulationErrorText(e, lang);
    if (f.json) out(JSON.stringify({ error: text }, null, 2));
    throw new Error(text);
  } finally {
    await simulator.close();
  }
  out(f.json ? JSON.stringify(result, null, 2) : formatSimulation(result, lang));
}

/**
 * `signoff simulate`: the route a request would take, from a starter catalog imported into a
 * fresh in-memory tenant with the catalog's demo org; no server, no network.
 */
export function registerSimulateCommand(program: Command): void {
  program
    .command('simulate')
    .description("show the route a request would take in a starter catalog's demo org (no server needed)")
    .option('--catalog <code>', 'real-estate or small-company')
    .option('--flow <flow>', "the flow's seed title without its number (请休假管理) or its template key")
    .option('--dept <department>', 'applicant: a member of this department holding no position …')
    .option('--rank <rank>', '… with this rank (the lowest when absent)')
    .option('--position <position>', 'applicant: the holder of this position instead')
    .option('--data <json>', 'form data by field label or key, e.g. \'{"请假天数":3,"假期类型":"事假"}\'')
    .option(
      '--batch <file>',
      'a JSON array of {catalog, flow, dept?, rank?, position?, data}; prints an array in input order',
    )
    .option(
      '--check',
      'with --batch: compare each route with the scenario\'s "expect" (skipped steps left out)',
    )
    .option('--json', 'print JSON')
    .option('--lang <lang>', 'zh or en, for step names, reasons and messages', 'zh')
    .addHelpText(
      'after',
      `
Examples:
  signoff simulate --catalog real-estate --flow 请休假管理 --dept 工程部 --rank 职员 --data '{"请假天数":3,"假期类型":"事假"}' --json
  signoff simulate --catalog real-estate --flow 考勤补签管理 --position 工程部经理
  signoff simulate --batch ../shared/acceptance/routes.public.json --json
  signoff simulate --batch templates/real-estate/scenarios.json --check`,
    )
    .action(async (f: SimulateFlags) => {
      // a failed scenario is already on stdout (as {"error"} with --json); the thrown summary makes the exit non-zero
      const lang = f.lang === 'en' ? 'en' : 'zh';
      if (f.batch !== undefined) await runBatch({ ...f, batch: f.batch }, lang);
      else await runOne(f, lang);
    });
}
