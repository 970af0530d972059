import type { SimulatedStep, TaskKind } from '@signoff/flow';
import type { Localized } from '@signoff/schema';

/** One step a saved case expects: the node and whom it resolved to when the case was saved. */
export interface ExpectedStep {
  nodeId: string;
  userIds: string[];
}

export interface DifferenceNames {
  /** a node of the current route, by id; undefined for one the route no longer has */
  node: (nodeId: string) => Localized | undefined;
  user: (userId: string) => string;
}

const WHO: Record<TaskKind, Localized> = {
  approve: { zh: '审批人', en: 'approvers' },
  handle: { zh: '办理人', en: 'handlers' },
  notify: { zh: '抄送人', en: 'CC recipients' },
};

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * What changed between a saved case and the route as drawn now, in words a designer reads
 * ("第2步「财务」审批人由张三变为李四", "新增步骤「财务」"): steps the request now reaches that the
 * case did not expect, steps it no longer reaches, other people on a step, and steps in another order.
 * Empty when the route still does what the case recorded.
 */
export function caseDifferences(
  expected: readonly ExpectedStep[],
  actual: readonly SimulatedStep[],
  names: DifferenceNames,
): Localized[] {
  const out: Localized[] = [];
  const quoted = (nodeId: string): Localized => {
    const n = names.node(nodeId);
    return n
      ? { zh: `「${n.zh}」`, en: `"${n.en}"` }
      : { zh: `「${nodeId}」（已从路线中删除）`, en: `"${nodeId}" (no longer in the route)` };
  };
  const people = (ids: readonly string[]): Localized =>
    ids.length === 0
      ? { zh: '无人（跳过）', en: 'nobody (skipped)' }
      : { zh: ids.map(names.user).join('、'), en: ids.map(names.user).join(', ') };

  const expectedById = new Map(expected.map((s) => [s.nodeId, s]));
  const actualIds = new Set(actual.map((s) => s.nodeId));
  actual.forEach((step, i) => {
    const was = expectedById.get(step.nodeId);
    const q = quoted(step.nodeId);
    if (!was) {
      out.push({ zh: `新增步骤${q.zh}`, en: `New step ${q.en}` });
      return;
    }
    if (!same(was.userIds, step.userIds)) {
      const from = people(was.userIds);
      const to = people(step.userIds);
      const who = WHO[step.kind];
      out.push({
        zh: `第${i + 1}步${q.zh}${who.zh}由${from.zh}变为${to.zh}`,
        en: `Step ${i + 1} ${q.en}: ${who.en} changed from ${from.en} to ${to.en}`,
      });
    }
  });
  for (const s of expected) {
    if (actualIds.has(s.nodeId)) continue;
    const q = quoted(s.nodeId);
    out.push({ zh: `不再经过步骤${q.zh}`, en: `The request no longer passes step ${q.en}` });
  }
  const before = expected.filter((s) => actualIds.has(s.nodeId)).map((s) => s.nodeId);
  const now = actual.filter((s) => expectedById.has(s.nodeId)).map((s) => s.nodeId);
  if (!same(before, now)) {
    const chain = (ids: string[], lang: 'zh' | 'en') =>
      ids.map((id) => quoted(id)[lang]).join(lang === 'zh' ? '→' : ' → ');
    out.push({
      zh: `步骤顺序由${chain(before, 'zh')}变为${chain(now, 'zh')}`,
      en: `The steps now run ${chain(now, 'en')} instead of ${chain(before, 'en')}`,
    });
  }
  return out;
}
