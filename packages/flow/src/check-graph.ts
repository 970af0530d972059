import type { Localized } from '@signoff/schema';
import type { FlowNode } from './flow-definition.js';
import type { IndexedEdge, IndexedNode, Report } from './indexed-flow.js';
import { nodeLabel } from './node-label.js';

function reach(from: readonly string[], next: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set(from);
  const queue = [...from];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const n of next.get(id) ?? []) {
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return seen;
}

/** Strongly connected components with more than one node, or with a self-loop: the cycles (Tarjan). */
function cycles(ids: readonly string[], next: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    for (let w = stack.pop(); w !== undefined; w = stack.pop()) {
      onStack.delete(w);
      component.push(w);
      if (w === v) break;
    }
    if (component.length > 1 || (next.get(v) ?? []).includes(v)) found.push(component.reverse());
  };
  for (const id of ids) if (!index.has(id)) visit(id);
  return found;
}

/**
 * The route as a whole: one start, at least one end, every node on some path from the start to an
 * end, one way out of every node but a branch or a parallel split, and no cycles (a route runs each step once; going
 * back is the 退回 action's job, not the graph's).
 */
export function checkGraph(nodes: ReadonlyMap<string, IndexedNode>, edges: readonly IndexedEdge[], report: Report): void {
  const all = [...nodes.values()].map((n) => n.node);
  const at = (n: FlowNode) => ({ nodeId: n.id, path: `nodes[${nodes.get(n.id)?.index ?? 0}]` });
  const say = (code: string, n: FlowNode, message: (l: Localized) => Localized) => report({ code, ...at(n), message: message(nodeLabel(n)) });

  const starts = all.filter((n) => n.type === 'start');
  const ends = all.filter((n) => n.type === 'end');
  if (starts.length === 0) report({ code: 'no_start', message: { zh: '流程没有开始节点', en: 'The route has no start node' } });
  const first = starts[0] && nodeLabel(starts[0]);
  for (const extra of starts.slice(1)) {
    say('multiple_starts', extra, (l) => ({
      zh: `${l.zh}是多余的开始节点，流程只能有一个开始（已有${first?.zh ?? ''}）`,
      en: `${l.en} is a second start node; a route has exactly one (${first?.en ?? ''} is already the start)`,
    }));
  }
  if (ends.length === 0) report({ code: 'no_end', message: { zh: '流程没有结束节点', en: 'The route has no end node' } });

  const out = new Map<string, string[]>();
  const into = new Map<string, string[]>();
  for (const { edge } of edges) {
    out.set(edge.from, [...(out.get(edge.from) ?? []), edge.to]);
    into.set(edge.to, [...(into.get(edge.to) ?? []), edge.from]);
  }

  const deadEnds = new Set<string>();
  for (const n of all) {
    const outs = out.get(n.id)?.length ?? 0;
    if (n.type === 'start' && (into.get(n.id)?.length ?? 0) > 0) {
      say('start_has_incoming', n, (l) => ({ zh: `开始节点${l.zh}不能有连入的连线`, en: `The start node ${l.en} cannot have incoming edges` }));
    }
    if (n.type === 'end') {
      if (outs > 0) say('end_has_outgoing', n, (l) => ({ zh: `结束节点${l.zh}不能有连出的连线`, en: `The end node ${l.en} cannot have outgoing edges` }));
      continue;
    }
    if (outs === 0) {
      deadEnds.add(n.id);
      say('dead_end', n, (l) => ({ zh: `${l.zh}没有后续节点，流程会停在这里`, en: `${l.en} leads nowhere; the route would stop there` }));
    } else if (outs > 1 && n.type !== 'branch' && n.type !== 'parallel') {
      say('multiple_outgoing', n, (l) => ({
        zh: `${l.zh}有 ${outs} 条连出的连线，只有条件分支和并行节点可以有多条`,
        en: `${l.en} has ${outs} outgoing edges; only a branch or a parallel split may have more than one`,
      }));
    }
  }

  if (starts.length > 0) {
    const reached = reach(starts.map((n) => n.id), out);
    for (const n of all) {
      if (!reached.has(n.id)) say('unreachable', n, (l) => ({ zh: `从开始节点无法到达${l.zh}`, en: `${l.en} cannot be reached from the start` }));
    }
  }
  if (ends.length > 0) {
    const finishing = reach(ends.map((n) => n.id), into);
    for (const n of all) {
      if (!finishing.has(n.id) && !deadEnds.has(n.id)) {
        say('cannot_reach_end', n, (l) => ({ zh: `从${l.zh}无法到达结束节点`, en: `No path leads from ${l.en} to an end` }));
      }
    }
  }

  for (const component of cycles(all.map((n) => n.id), out)) {
    const members = component.flatMap((id) => {
      const n = nodes.get(id)?.node;
      return n ? [n] : [];
    });
    const head = members[0];
    if (!head) continue;
    const names = members.map((n) => nodeLabel(n));
    // A plain loop reads as a path; a tangle of loops is listed, since no single path names it.
    const ids = members.map((n) => n.id);
    const path = ids.every((id, i) => (out.get(id) ?? []).includes(ids[(i + 1) % ids.length] ?? ''));
    const zh = path ? `${names.map((l) => l.zh).join('→')}→${names[0]?.zh ?? ''}` : names.map((l) => l.zh).join('、');
    const en = path ? `${names.map((l) => l.en).join(' → ')} → ${names[0]?.en ?? ''}` : names.map((l) => l.en).join(', ');
    say('cycle', head, () => ({ zh: `流程存在循环：${zh}`, en: `The route loops: ${en}` }));
  }
}
