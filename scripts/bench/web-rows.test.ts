// The web benches' rows (apps/web/bench/lib/result-rows.ts), tested here: the web app's unit
// project does not look into bench/, and these rows are what the report judges.
import { describe, expect, it } from 'vitest';
import { phoneRows, rendererRows, routeRows } from '../../apps/web/bench/lib/result-rows';

describe('renderer rows', () => {
  const summary = {
    signoff: { mountPaint: 350, keyPaint: 8, workTask: 5 },
    rjsf: { mountPaint: 700, keyPaint: 80.8, workTask: 60 },
  };

  it('reads mount as Signoff ÷ RJSF (goal ≤ 0.5×) and a keystroke as × faster (goal ≥ 10×)', () => {
    const [mount, key] = rendererRows(summary, 1);
    expect(mount).toMatchObject({ value: 350, ratio: 0.5, goal: '≤ 0.5×', met: true });
    expect(key).toMatchObject({ value: 8, ratio: 10.1, goal: '≥ 10× faster', met: true });
    expect(key?.baseline).toEqual({ name: 'RJSF 6, core theme', value: 80.8, unit: 'ms' });
  });

  it('asks a keystroke to fit one frame only when the CPU is slowed, and only of Signoff', () => {
    expect(rendererRows(summary, 1).some((r) => r.goal === '< 16 ms')).toBe(false);
    const slow = rendererRows({ ...summary, signoff: { ...summary.signoff, keyPaint: 63 } }, 4);
    const last = slow.at(-1);
    expect(last?.measure).toContain('CPU 4×');
    expect(last).toMatchObject({ goal: '< 16 ms', met: false });
  });

  it('writes nothing without Signoff, and no row against a theme that did not run', () => {
    expect(rendererRows({ rjsf: summary.rjsf }, 1)).toEqual([]);
    expect(rendererRows(summary, 1).some((r) => r.measure.includes('antd'))).toBe(false);
  });
});

describe('phone rows', () => {
  const phone = {
    loginInteractive: 2400,
    fillInteractive: 2600,
    cachedInteractive: 900,
    loginJsKb: 120,
    fillJsKb: 300,
  };

  it('judges each page against the issue’s limits, with the unthrottled figure beside it', () => {
    const rows = phoneRows(phone, { ...phone, loginInteractive: 800 });
    expect(rows.map((r) => r.met)).toEqual([true, false, true, true, false]);
    expect(rows[0]).toMatchObject({ ratio: 3, baseline: { value: 800 } });
  });

  it('still judges the phone when the unthrottled runs are missing', () => {
    expect(phoneRows(phone, undefined)[0]).not.toHaveProperty('baseline');
  });
});

describe('route rows', () => {
  it('meets the goal only under 1.2× bare React Flow and under a frame', () => {
    const rows = routeRows(
      [
        { measure: 'drag', quantile: 'median', canvas: 10, bare: 9 },
        { measure: 'drag', quantile: 'p95', canvas: 17, bare: 16 },
        { measure: 'pan', quantile: 'median', canvas: 12, bare: 6 },
      ],
      Number.NaN,
    );
    expect(rows.map((r) => r.met)).toEqual([true, false, false]);
    expect(rows).toHaveLength(3); // no layout row without a layout timing
  });
});
