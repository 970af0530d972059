// The rows each web bench writes to docs/bench/<name>.json (scripts/bench/result.ts), from the
// medians the runners already print: the goals are issue 15's (and issue 11/12's for the designers).
import type { BenchRow } from '../../../../scripts/bench/result';
import { ratioOf } from '../../../../scripts/bench/result';

const FRAME_MS = 16;
const round1 = (v: number) => Math.round(v * 10) / 10;

/** Two ms figures, ours and a baseline's, as a row; ratio and goal read as the measure says. */
function msRow(
  measure: string,
  value: number,
  baseline: { name: string; value: number } | undefined,
  ratio: number | undefined,
  goal?: { text: string; met: boolean },
): BenchRow {
  return {
    measure,
    value: round1(value),
    unit: 'ms',
    ...(baseline && { baseline: { name: baseline.name, value: round1(baseline.value), unit: 'ms' } }),
    ...(ratio !== undefined && { ratio }),
    ...(goal && { goal: goal.text, met: goal.met }),
  };
}

export interface RendererFigures {
  mountPaint: number;
  keyPaint: number;
  workTask: number;
}

/** Signoff against each RJSF theme present; at CPU 4× the keystroke must also fit a frame. */
export function rendererRows(
  summary: Partial<Record<'signoff' | 'rjsf' | 'rjsf-antd', RendererFigures>>,
  cpu: number,
): BenchRow[] {
  const ours = summary.signoff;
  if (!ours) return [];
  const rows: BenchRow[] = [];
  const at = cpu > 1 ? `, CPU ${cpu}×` : '';
  for (const [kind, name] of [
    ['rjsf', 'RJSF 6, core theme'],
    ['rjsf-antd', 'RJSF 6, antd theme'],
  ] as const) {
    const theirs = summary[kind];
    if (!theirs) continue;
    const mount = ratioOf(ours.mountPaint, theirs.mountPaint);
    rows.push(
      msRow(
        `mount → painted${at} (ratio = Signoff ÷ ${name})`,
        ours.mountPaint,
        { name, value: theirs.mountPaint },
        mount,
        {
          text: '≤ 0.5×',
          met: mount !== undefined && mount <= 0.5,
        },
      ),
    );
    const faster = ratioOf(theirs.keyPaint, ours.keyPaint);
    rows.push(
      msRow(
        `keystroke → next paint${at}, median (ratio = ${name} ÷ Signoff: × faster)`,
        ours.keyPaint,
        { name, value: theirs.keyPaint },
        faster,
        {
          text: '≥ 10× faster',
          met: faster !== undefined && faster >= 10,
        },
      ),
    );
    rows.push(
      msRow(
        `keystroke main-thread work${at} (Chromium TaskDuration; ratio = ${name} ÷ Signoff)`,
        ours.workTask,
        { name, value: theirs.workTask },
        ratioOf(theirs.workTask, ours.workTask),
      ),
    );
  }
  if (cpu > 1)
    rows.push(
      msRow(`keystroke → next paint${at}, median, Signoff`, ours.keyPaint, undefined, undefined, {
        text: `< ${FRAME_MS} ms`,
        met: ours.keyPaint < FRAME_MS,
      }),
    );
  return rows;
}

export interface PhoneFigures {
  loginInteractive: number;
  fillInteractive: number;
  cachedInteractive: number;
  /** kB of JavaScript transferred on the cold fill page (after login) and the cold login page */
  loginJsKb: number;
  fillJsKb: number;
}

/** The phone's figures against the same pages unthrottled; goals ≤ 2.5 s cold, ≤ 1 s cached, JS ≤ 250 KiB. */
export function phoneRows(phone: PhoneFigures, unthrottled: PhoneFigures | undefined): BenchRow[] {
  const base = (value: number | undefined) =>
    value === undefined ? undefined : { name: 'unthrottled, same viewport', value };
  const slower = (ours: number, theirs: number | undefined) =>
    theirs === undefined ? undefined : ratioOf(ours, theirs);
  const goal = (value: number, limit: number) => ({ text: `≤ ${limit} ms`, met: value <= limit });
  const JS_LIMIT_KB = 256; // 250 KiB
  return [
    msRow(
      'login page, cold: interactive (ratio = phone ÷ unthrottled)',
      phone.loginInteractive,
      base(unthrottled?.loginInteractive),
      slower(phone.loginInteractive, unthrottled?.loginInteractive),
      goal(phone.loginInteractive, 2500),
    ),
    msRow(
      'fill page, cold (logged in): interactive',
      phone.fillInteractive,
      base(unthrottled?.fillInteractive),
      slower(phone.fillInteractive, unthrottled?.fillInteractive),
      goal(phone.fillInteractive, 2500),
    ),
    msRow(
      'fill page, cached second visit: interactive',
      phone.cachedInteractive,
      base(unthrottled?.cachedInteractive),
      slower(phone.cachedInteractive, unthrottled?.cachedInteractive),
      goal(phone.cachedInteractive, 1000),
    ),
    {
      measure: 'JavaScript transferred, login page cold',
      value: round1(phone.loginJsKb),
      unit: 'kB',
      goal: `≤ ${JS_LIMIT_KB} kB (250 KiB)`,
      met: phone.loginJsKb <= JS_LIMIT_KB,
    },
    {
      measure: 'JavaScript transferred, fill page cold',
      value: round1(phone.fillJsKb),
      unit: 'kB',
      goal: `≤ ${JS_LIMIT_KB} kB (250 KiB)`,
      met: phone.fillJsKb <= JS_LIMIT_KB,
    },
  ];
}

/** The 300-field designer's interactions to the next paint against the floor (300 memo rows): one frame is the goal. */
export function designerRows<M extends string>(
  measures: readonly M[],
  ours: (m: M) => { paint: number; paintP90: number },
  floor: (m: M) => { paint: number } | undefined,
): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const m of measures) {
    const r = ours(m);
    const f = floor(m);
    rows.push(
      msRow(
        `${m} → next paint, median (ratio = designer ÷ floor)`,
        r.paint,
        f && { name: '300 memo rows + reducer (floor)', value: f.paint },
        f && ratioOf(r.paint, f.paint),
        { text: `< ${FRAME_MS} ms`, met: r.paint < FRAME_MS },
      ),
    );
    rows.push(msRow(`${m} → next paint, p90`, r.paintP90, undefined, undefined));
  }
  return rows;
}

/** RouteCanvas frame work while dragging and panning, against bare React Flow: ≤ 1.2× it and under a frame. */
export function routeRows(
  stats: { measure: string; quantile: string; canvas: number; bare: number }[],
  layoutMedianMs: number,
): BenchRow[] {
  const rows = stats.map((s) => {
    const ratio = ratioOf(s.canvas, s.bare);
    return msRow(
      `${s.measure} frame work, ${s.quantile} (ratio = RouteCanvas ÷ bare React Flow)`,
      s.canvas,
      { name: 'bare React Flow, all 500 drawn', value: s.bare },
      ratio,
      {
        text: `≤ 1.2× and < ${FRAME_MS} ms`,
        met: ratio !== undefined && ratio <= 1.2 && s.canvas < FRAME_MS,
      },
    );
  });
  if (Number.isFinite(layoutMedianMs))
    rows.push(msRow('layoutRoute (elkjs), 500 nodes, median', layoutMedianMs, undefined, undefined));
  return rows;
}
