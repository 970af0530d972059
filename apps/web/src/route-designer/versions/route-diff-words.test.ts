import { describe, expect, it } from 'vitest';
import { applyRouteCommand, routeIdSource, type RouteCommand } from '@signoff/designer';
import { leaveRouteExample } from '@signoff/flow';
import type { FormField } from '@signoff/schema';
import { i18n } from '../../i18n/i18n';
import '../route-designer-i18n-load';
import type { Flow } from '../canvas/route-canvas-types';
import { canvasWords } from '../canvas/route-canvas-words';
import { diffRoutes } from './route-diff';
import { diffInWords } from './route-diff-words';

const fields: FormField[] = [{ key: 'days', type: 'number', label: { zh: '请假天数', en: 'Days' } }];

const apply = (flow: Flow, cmd: RouteCommand): Flow => {
  const r = applyRouteCommand(flow, cmd, { newId: routeIdSource(flow) });
  if (!r.ok) throw new Error(r.problem.message.en);
  return r.flow;
};

/** Version 1 is the demo's leave route; version 2 asks the leader from 5 days, in 会签, and drops the filing. */
function twoVersions() {
  const older = leaveRouteExample();
  let newer = apply(older, { type: 'removeNode', nodeId: 'filing' });
  newer = {
    ...newer,
    nodes: newer.nodes.map((n) =>
      n.id === 'leader' && n.type === 'approve'
        ? {
            ...n,
            mode: 'all' as const,
            approvers: { kind: 'position' as const, name: '副总经理' },
            skipApplicant: false,
          }
        : n,
    ),
    edges: newer.edges.map((e) =>
      e.id === 'e-long'
        ? { ...e, condition: { op: 'gte' as const, left: { field: 'days' }, right: { value: 5 } } }
        : e,
    ),
  };
  return { older, newer };
}

const linesIn = (lang: 'zh' | 'en') => {
  const { older, newer } = twoVersions();
  const t = i18n.getFixedT(lang);
  return diffInWords(diffRoutes(older, newer), older, newer, t, canvasWords(t, lang, fields, undefined));
};

describe('diffInWords', () => {
  it('tells the officer in Chinese what changed, with before and after', () => {
    const lines = linesIn('zh');
    const texts = lines.map((l) => l.text);
    const leader = texts.find((x) => x.startsWith('修改审批人「分管领导审批」'));
    expect(leader).toContain('审批方式 单人审批 → 会签');
    expect(leader).toContain('→ 职位「副总经理」');
    expect(leader).toContain('跳过发起人本人的规则');
    expect(texts).toContain('删除抄送人「综管部备案」');
    // the line that healed around the removed step says where it used to go
    expect(texts).toContain('修改连线 天数判断 → 结束：原为 天数判断 → 综管部备案');
    expect(texts.some((x) => x.includes('条件') && x.includes('≥ 3') && x.includes('≥ 5'))).toBe(true);
    expect(lines.find((l) => l.text === '删除抄送人「综管部备案」')?.target).toEqual({ nodeId: 'filing' });
    expect(new Set(lines.map((l) => l.key)).size).toBe(lines.length);
  });

  it('says the same in English', () => {
    const texts = linesIn('en').map((l) => l.text);
    expect(texts).toContain('Removed CC "Filed with administration"');
    const leader = texts.find((x) => x.startsWith('Changed Approver "Supervising leader"'));
    expect(leader).toContain('signing one approver → All sign');
    expect(leader).toContain('the rule on skipping the applicant');
  });
});
