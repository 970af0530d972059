import { describe, expect, it } from 'vitest';
import type { SimulatedStep } from '@signoff/flow';
import { caseDifferences, type DifferenceNames } from './case-differences';

const NODES: Record<string, { zh: string; en: string }> = {
  head: { zh: '部门负责人', en: 'Head' },
  finance: { zh: '财务', en: 'Finance' },
  cc: { zh: '备案', en: 'Filing' },
};
const USERS: Record<string, string> = { zhang: '张三', li: '李四', zhao: '赵六' };
const names: DifferenceNames = { node: (id) => NODES[id], user: (id) => USERS[id] ?? id };

const step = (nodeId: string, userIds: string[], kind: SimulatedStep['kind'] = 'approve'): SimulatedStep => ({
  nodeId,
  kind,
  name: NODES[nodeId] ?? { zh: nodeId, en: nodeId },
  positions: [],
  userIds,
  reason: { zh: '', en: '' },
  skipped: userIds.length === 0,
  fallback: false,
});

describe('caseDifferences', () => {
  it('is empty when the route still does what the case recorded', () => {
    expect(
      caseDifferences([{ nodeId: 'head', userIds: ['zhang'] }], [step('head', ['zhang'])], names),
    ).toEqual([]);
  });

  it('names a changed approver by step number and person', () => {
    const d = caseDifferences(
      [
        { nodeId: 'head', userIds: ['zhao'] },
        { nodeId: 'finance', userIds: ['zhang'] },
      ],
      [step('head', ['zhao']), step('finance', ['li'])],
      names,
    );
    expect(d).toEqual([
      {
        zh: '第2步「财务」审批人由张三变为李四',
        en: 'Step 2 "Finance": approvers changed from 张三 to 李四',
      },
    ]);
  });

  it('names an added step, a step no longer reached, and a step that now finds nobody', () => {
    const d = caseDifferences(
      [
        { nodeId: 'head', userIds: ['zhang'] },
        { nodeId: 'cc', userIds: ['zhao'] },
        { nodeId: 'gone', userIds: ['li'] },
      ],
      [step('head', []), step('finance', ['li']), step('cc', ['zhao'], 'notify')],
      names,
    );
    expect(d.map((x) => x.zh)).toEqual([
      '第1步「部门负责人」审批人由张三变为无人（跳过）',
      '新增步骤「财务」',
      '不再经过步骤「gone」（已从路线中删除）',
    ]);
    expect(d[1]?.en).toBe('New step "Finance"');
  });

  it('says when the same steps run in another order', () => {
    const d = caseDifferences(
      [
        { nodeId: 'head', userIds: ['zhang'] },
        { nodeId: 'finance', userIds: ['li'] },
      ],
      [step('finance', ['li']), step('head', ['zhang'])],
      names,
    );
    expect(d).toEqual([
      {
        zh: '步骤顺序由「部门负责人」→「财务」变为「财务」→「部门负责人」',
        en: 'The steps now run "Finance" → "Head" instead of "Head" → "Finance"',
      },
    ]);
  });

  it('calls the people of a CC step its recipients', () => {
    const d = caseDifferences([{ nodeId: 'cc', userIds: ['zhao'] }], [step('cc', ['li'], 'notify')], names);
    expect(d[0]?.zh).toBe('第1步「备案」抄送人由赵六变为李四');
  });
});
