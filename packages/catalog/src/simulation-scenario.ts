import { simulationError } from './catalog-error.js';

/** One `signoff simulate` request, as the command line or a `--batch` file gives it. */
export interface SimulationScenario {
  catalog: string;
  /** the seed's title without its number (请休假管理), or the template key */
  flow: string;
  /** the applicant: a member of `dept` with `rank` holding no position … */
  dept?: string;
  rank?: string;
  /** … or the holder of `position` */
  position?: string;
  /** form data by field label or key; missing fields are empty */
  data?: Record<string, unknown>;
}

export type StepKind = 'approve' | 'notify' | 'handle';

/** One step as `signoff simulate` prints it (the acceptance contract). */
export interface SimulationStep {
  kind: StepKind;
  name: string;
  positions: string[];
  users: string[];
  reason: string;
  skipped: boolean;
}

export interface SimulationResult {
  flow: string;
  steps: SimulationStep[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const KNOWN = new Set(['catalog', 'flow', 'dept', 'rank', 'position', 'data', 'expect', 'seed', 'note']);

/**
 * Checks a scenario from outside (a batch file, the command line). Batch files may carry
 * `expect`, `seed` and `note` beside the request; they are ignored here.
 */
export function parseScenario(raw: unknown): SimulationScenario {
  if (!isObj(raw))
    throw simulationError({ zh: '场景必须是 JSON 对象', en: 'A scenario must be a JSON object' });
  const text = (key: string, required: boolean): string | undefined => {
    const v = raw[key];
    if (v === undefined || v === null) {
      if (required) throw simulationError({ zh: `场景缺少「${key}」`, en: `The scenario needs "${key}"` });
      return undefined;
    }
    if (typeof v !== 'string' || v.trim() === '')
      throw simulationError({ zh: `「${key}」须为非空文本`, en: `"${key}" must be non-empty text` });
    return v.trim();
  };
  for (const key of Object.keys(raw)) {
    if (!KNOWN.has(key))
      throw simulationError({
        zh: `场景中有不认识的属性「${key}」`,
        en: `The scenario has an unknown property "${key}"`,
      });
  }
  const data = raw.data ?? {};
  if (!isObj(data))
    throw simulationError({ zh: '「data」须为 JSON 对象', en: '"data" must be a JSON object' });
  const catalog = text('catalog', true) ?? '';
  const flow = text('flow', true) ?? '';
  const dept = text('dept', false);
  const rank = text('rank', false);
  const position = text('position', false);
  if (position !== undefined && (dept !== undefined || rank !== undefined)) {
    throw simulationError({
      zh: '申请人请给出部门和职级（--dept/--rank），或岗位（--position），不能同时给出',
      en: 'Give the applicant as --dept with --rank, or as --position, not both',
    });
  }
  return {
    catalog,
    flow,
    ...(dept !== undefined ? { dept } : {}),
    ...(rank !== undefined ? { rank } : {}),
    ...(position !== undefined ? { position } : {}),
    data,
  };
}
