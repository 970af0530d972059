import { describe, expect, it } from 'vitest';
import type { RouteLayout } from '@signoff/designer';
import { labelWidths, withoutCommonSubject } from './branch-labels';
import { canvasElements, type CanvasWords } from './route-canvas-model';
import type { Flow } from './route-canvas-types';

describe('withoutCommonSubject', () => {
  it('cuts the subject every path of a branch compares, keeping the operator and value', () => {
    expect(
      withoutCommonSubject(['申请人部门 = 销售部', '申请人部门 = 财务部', '申请人部门 = 综管外联部']),
    ).toEqual(['= 销售部', '= 财务部', '= 综管外联部']);
    expect(
      withoutCommonSubject(["Applicant's department = Sales", "Applicant's department = Finance"]),
    ).toEqual(['= Sales', '= Finance']);
    expect(withoutCommonSubject(['请假天数 ≥ 3', '请假天数 < 3'])).toEqual(['≥ 3', '< 3']);
  });

  it('keeps every sentence whole when the paths do not share a subject before an operator', () => {
    // one condition: nothing to share
    expect(withoutCommonSubject(['请假天数 ≥ 3'])).toEqual(['请假天数 ≥ 3']);
    // different subjects
    expect(withoutCommonSubject(['请假天数 ≥ 3', '申请人部门 = 销售部'])).toEqual([
      '请假天数 ≥ 3',
      '申请人部门 = 销售部',
    ]);
    // a list, worded with 包含 rather than an operator sign
    const lists = ['申请人岗位 包含 董事长、工程副总', '申请人岗位 包含 出纳'];
    expect(withoutCommonSubject(lists)).toEqual(lists);
    // nothing would be left after the operator
    expect(withoutCommonSubject(['金额 >', '金额 > 5'])).toEqual(['金额 >', '金额 > 5']);
  });
});

describe('labelWidths', () => {
  it('keeps neighbouring labels, each centred on its column, from touching', () => {
    const centres = [145, 230, 375, 460, 576, 662, 822].map((x) => x / 0.7);
    const widths = labelWidths(centres);
    const spans = centres.map((x, i) => [x - (widths[i] ?? 0) / 2, x + (widths[i] ?? 0) / 2] as const);
    const sorted = [...spans].sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i]?.[0]).toBeGreaterThan(sorted[i - 1]?.[1] ?? Infinity);
    // a lone label far from the others gets the full width
    expect(labelWidths([0, 1000])).toEqual([180, 180]);
  });
});

describe('a branch path’s label on the canvas', () => {
  const flow: Flow = {
    key: 'seal',
    nodes: [
      { id: 'start', type: 'start', name: { zh: '发起', en: 'Start' } },
      { id: 'dept', type: 'branch', name: { zh: '按申请部门', en: 'By department' } },
      ...['sales', 'finance', 'other'].map((id) => ({
        id,
        type: 'approve' as const,
        name: { zh: id, en: id },
        approvers: { kind: 'deptHead' as const, level: 1 },
        mode: 'single' as const,
      })),
      { id: 'end', type: 'end', name: { zh: '结束', en: 'End' } },
    ],
    edges: [
      { id: 'e0', from: 'start', to: 'dept' },
      {
        id: 'to-sales',
        from: 'dept',
        to: 'sales',
        order: 1,
        condition: { op: 'eq', left: { applicant: 'department' }, right: { value: '销售部' } },
      },
      {
        id: 'to-finance',
        from: 'dept',
        to: 'finance',
        order: 2,
        condition: { op: 'eq', left: { applicant: 'department' }, right: { value: '财务部' } },
      },
      { id: 'to-other', from: 'dept', to: 'other', isDefault: true },
      ...['sales', 'finance', 'other'].map((id) => ({ id: `${id}-end`, from: id, to: 'end' })),
    ],
  };
  const col = (x: number) => [
    { x: 300, y: 100 },
    { x: 300, y: 120 },
    { x, y: 120 },
    { x, y: 200 },
  ];
  const layout: RouteLayout = {
    nodes: flow.nodes.map((n, i) => ({
      id: n.id,
      type: n.type,
      x: i * 120,
      y: i * 100,
      width: 100,
      height: 60,
    })),
    edges: [
      { id: 'to-sales', from: 'dept', to: 'sales', points: col(200) },
      { id: 'to-finance', from: 'dept', to: 'finance', points: col(300) },
      { id: 'to-other', from: 'dept', to: 'other', points: col(600) },
    ],
    width: 800,
    height: 700,
  };
  const words: CanvasWords = {
    pick: (t) => t?.zh ?? '',
    kind: (t) => t,
    mode: () => undefined,
    who: () => undefined,
    condition: (e) =>
      e.isDefault
        ? { text: '默认', tone: 'default' }
        : { text: `申请人部门 = ${e.id === 'to-sales' ? '销售部' : '财务部'}`, tone: 'condition' },
    addPath: () => undefined,
  };

  it('shows the condition without the shared subject, keeps the whole sentence, and fits between its neighbours', () => {
    const { edges } = canvasElements({
      flow,
      layout,
      problems: [],
      selected: null,
      lit: null,
      words,
      dropEdgeId: null,
      dragged: {},
    });
    const label = (id: string) => edges.find((e) => e.id === id)?.data?.label;
    expect(label('to-sales')).toMatchObject({ text: '= 销售部', full: '申请人部门 = 销售部', maxWidth: 92 });
    expect(label('to-finance')).toMatchObject({
      text: '= 财务部',
      full: '申请人部门 = 财务部',
      maxWidth: 92,
    });
    expect(label('to-other')).toMatchObject({ text: '默认', maxWidth: 180 });
    expect(label('to-other')?.full).toBeUndefined();
  });
});
