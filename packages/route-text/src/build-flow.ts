import type { FlowDefinition, FlowEdge, FlowNode } from '@signoff/flow';
import type { Condition } from '@signoff/schema';
import type { SketchItem, SketchStep } from './sketch.js';

/**
 * Turns the sketch into a route: start → items → end, each switch an exclusive branch whose
 * ways meet again at what follows, each guarded step a branch that passes it over by default,
 * and each 部门经理 step the catalogs' pair (passed over when the applicant holds a head seat).
 * Ids are stable (s1, s2 …, b1 …, e1 …) so the same text always gives the same route.
 */
export function buildFlow(key: string, items: SketchItem[], headPositions: string[]): FlowDefinition {
  const nodes: FlowNode[] = [{ id: 'start', type: 'start', name: { zh: '发起申请', en: 'Submit' } }];
  const edges: FlowEdge[] = [];
  let steps = 0;
  let branches = 0;
  const edge = (from: string, to: string, extra: Partial<FlowEdge> = {}) => {
    edges.push({ id: `e${edges.length + 1}`, from, to, ...extra });
  };
  const branch = (zh: string, en: string): string => {
    const id = `b${++branches}`;
    nodes.push({ id, type: 'branch', name: { zh, en } });
    return id;
  };
  const stepNode = (s: SketchStep): string => {
    const id = `s${++steps}`;
    const base = { id, name: s.name, approvers: s.actor.approvers };
    nodes.push(
      s.kind === 'approve'
        ? { ...base, type: 'approve', mode: 'single' }
        : s.kind === 'notify'
          ? { ...base, type: 'notify' }
          : { ...base, type: 'handle' },
    );
    return id;
  };

  /** Builds `list` so that it continues at `next`; returns the id of its first node. Built back to front. */
  const build = (list: SketchItem[], next: string): string => {
    let to = next;
    for (let i = list.length - 1; i >= 0; i--) {
      const item = list[i];
      if (!item) continue;
      if (item.type === 'switch') {
        const b = branch(item.name, 'Which way');
        item.alternatives.forEach((alt, order) => {
          const entry = build(alt.items, to);
          if (alt.condition) edge(b, entry, { condition: alt.condition, order });
          else edge(b, entry, { isDefault: true });
        });
        to = b;
        continue;
      }
      const id = stepNode(item);
      edge(id, to);
      let entry = id;
      if (item.guard)
        entry = guarded(branch(`${item.guard.text}？`, 'Only when'), item.guard.condition, entry, to);
      if (item.actor.headCheck && headPositions.length > 0) {
        const skip: Condition = { op: 'in', left: { applicant: 'positions' }, values: headPositions };
        entry = guarded(
          branch('申请人是否部门负责人', 'Is the applicant a department head'),
          skip,
          to,
          entry,
        );
      }
      to = entry;
    }
    return to;
  };
  /** a branch taking `then` when the condition holds, `otherwise` by default */
  const guarded = (b: string, condition: Condition, then: string, otherwise: string): string => {
    edge(b, then, { condition, order: 1 });
    edge(b, otherwise, { isDefault: true });
    return b;
  };

  nodes.push({ id: 'end', type: 'end', name: { zh: '结束', en: 'End' } });
  const first = build(items, 'end');
  edge('start', first);
  return inWalkOrder({ key, nodes, edges });
}

/** Nodes, ids and edges in the order a walk from the start meets them, so s1 is the first step, as people read the line. */
function inWalkOrder(flow: FlowDefinition): FlowDefinition {
  const outOf = (id: string) =>
    flow.edges
      .filter((e) => e.from === id)
      .sort(
        (a, b) =>
          Number(a.isDefault === true) - Number(b.isDefault === true) || (a.order ?? 0) - (b.order ?? 0),
      );
  const seen: string[] = [];
  const visit = (id: string) => {
    if (seen.includes(id)) return;
    seen.push(id);
    for (const e of outOf(id)) visit(e.to);
  };
  visit('start');
  // a topological order (the route has no cycles), ties broken by the walk: a step never comes before one that leads to it
  const incoming = new Map(
    seen.map((id) => [id, flow.edges.filter((e) => e.to === id && seen.includes(e.from)).length]),
  );
  const order: string[] = [];
  while (order.length < seen.length) {
    const next = seen.find((id) => !order.includes(id) && incoming.get(id) === 0);
    if (next === undefined) break;
    order.push(next);
    for (const e of outOf(next)) incoming.set(e.to, (incoming.get(e.to) ?? 0) - 1);
  }
  const counters = { step: 0, branch: 0 };
  const rename = new Map<string, string>();
  for (const id of order) {
    const n = flow.nodes.find((x) => x.id === id);
    if (!n || n.type === 'start' || n.type === 'end') rename.set(id, id);
    else rename.set(id, n.type === 'branch' ? `b${++counters.branch}` : `s${++counters.step}`);
  }
  const nodes = order.flatMap((id) => {
    const n = flow.nodes.find((x) => x.id === id);
    return n ? [{ ...n, id: rename.get(id) ?? id }] : [];
  });
  const edges = order
    .flatMap((id) => outOf(id))
    .map((e, i) => ({
      ...e,
      id: `e${i + 1}`,
      from: rename.get(e.from) ?? e.from,
      to: rename.get(e.to) ?? e.to,
    }));
  return { key: flow.key, nodes, edges };
}
