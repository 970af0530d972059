import type { Localized } from '@signoff/schema';
import type { FlowEdge, FlowNode } from './flow-definition.js';
import { nodeLabel } from './node-label.js';

/** One enclosing parallel region of a node: the split, and which of its branches (outgoing edge) the node lies on. */
export interface Frame {
  splitId: string;
  edgeId: string;
}

export interface RegionProblem {
  code: 'parallel_too_few_branches' | 'join_without_split' | 'join_mismatch' | 'split_without_join' | 'parallel_jump';
  nodeId: string;
  message: Localized;
}

/**
 * The nesting of parallel regions, worked out once and used both to validate a route and to run
 * it. A node's stack lists the regions it lies in, outermost first. Every path into a node
 * must agree on that stack: that one rule forbids jumping into or out of a branch, crossing to
 * another branch, and reaching the end inside a region. A join pops the region its split opened.
 */
export interface ParallelRegions {
  stackOf: ReadonlyMap<string, readonly Frame[]>;
  joinOf: ReadonlyMap<string, string>;
  splitOf: ReadonlyMap<string, string>;
  /** the branches of each split: the ids of its outgoing edges, in order */
  branchesOf: ReadonlyMap<string, readonly string[]>;
  /** for each edge into a join, the branch it arrives from */
  arrivalOf: ReadonlyMap<FlowEdge, Frame>;
  problems: RegionProblem[];
}

const sameFrames = (a: readonly Frame[], b: readonly Frame[]) =>
  a.length === b.length && a.every((f, i) => f.splitId === b[i]?.splitId && f.edgeId === b[i]?.edgeId);

/** Nodes reachable from the starts, in an order where each comes after all its reachable predecessors; nodes on cycles are left out. */
function topologicalOrder(starts: readonly string[], outgoing: ReadonlyMap<string, readonly FlowEdge[]>): string[] {
  const reachable = new Set(starts);
  const queue = [...starts];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const e of outgoing.get(id) ?? []) {
      if (!reachable.has(e.to)) {
        reachable.add(e.to);
        queue.push(e.to);
      }
    }
  }
  const indegree = new Map<string, number>([...reachable].map((id) => [id, 0]));
  for (const id of reachable) for (const e of outgoing.get(id) ?? []) indegree.set(e.to, (indegree.get(e.to) ?? 0) + 1);
  const ready = [...reachable].filter((id) => indegree.get(id) === 0);
  const order: string[] = [];
  for (let id = ready.shift(); id !== undefined; id = ready.shift()) {
    order.push(id);
    for (const e of outgoing.get(id) ?? []) {
      const left = (indegree.get(e.to) ?? 0) - 1;
      indegree.set(e.to, left);
      if (left === 0) ready.push(e.to);
    }
  }
  return order;
}

export function parallelRegions(nodes: ReadonlyMap<string, FlowNode>, edges: readonly FlowEdge[]): ParallelRegions {
  const outgoing = new Map<string, FlowEdge[]>();
  for (const e of edges) if (nodes.has(e.from) && nodes.has(e.to)) outgoing.set(e.from, [...(outgoing.get(e.from) ?? []), e]);
  const stackOf = new Map<string, Frame[]>();
  const joinOf = new Map<string, string>();
  const splitOf = new Map<string, string>();
  const branchesOf = new Map<string, string[]>();
  const arrivalOf = new Map<FlowEdge, Frame>();
  const problems: RegionProblem[] = [];
  const label = (id: string) => nodeLabel(nodes.get(id), id);
  const say = (code: RegionProblem['code'], nodeId: string, zh: string, en: string) => problems.push({ code, nodeId, message: { zh, en } });

  for (const n of nodes.values()) {
    if (n.type !== 'parallel') continue;
    const out = outgoing.get(n.id) ?? [];
    branchesOf.set(n.id, out.map((e) => e.id));
    if (out.length < 2) {
      const l = label(n.id);
      say('parallel_too_few_branches', n.id, `并行节点${l.zh}至少需要两条分支`, `The parallel split ${l.en} needs at least two branches`);
    }
  }

  const starts = [...nodes.values()].filter((n) => n.type === 'start').map((n) => n.id);
  const entering = new Map<string, { edge: FlowEdge; stack: Frame[] }[]>();
  for (const id of topologicalOrder(starts, outgoing)) {
    const node = nodes.get(id);
    if (!node) continue;
    const l = label(id);
    const incoming = entering.get(id) ?? [];
    // on a mismatch, carry on with the outermost stack, so one misplaced edge is reported once
    let stack: Frame[] = incoming.reduce<Frame[] | undefined>((best, i) => (!best || i.stack.length < best.length ? i.stack : best), undefined) ?? [];

    if (node.type === 'join') {
      const tops = incoming.map((i) => i.stack.at(-1));
      const top = tops[0];
      if (!top || tops.some((t) => t === undefined)) {
        say('join_without_split', id, `汇聚节点${l.zh}不在任何并行分支的末尾`, `The join ${l.en} does not close a parallel split`);
        stack = [];
      } else {
        const prefixes = incoming.map((i) => i.stack.slice(0, -1));
        const s = label(top.splitId);
        if (tops.some((t) => t?.splitId !== top.splitId) || prefixes.some((p) => !sameFrames(p, prefixes[0] ?? []))) {
          say('join_mismatch', id, `汇聚节点${l.zh}汇合了不同并行节点的分支`, `The join ${l.en} merges branches of different parallel splits`);
        }
        const other = joinOf.get(top.splitId);
        if (other !== undefined && other !== id) {
          const o = label(other);
          say('join_mismatch', id, `并行节点${s.zh}的分支分别汇聚到${o.zh}和${l.zh}，只能汇聚到一个节点`, `The branches of ${s.en} meet at both ${o.en} and ${l.en}; they must meet at one join`);
        } else {
          joinOf.set(top.splitId, id);
          splitOf.set(id, top.splitId);
        }
        const arrived = new Set(tops.map((t) => t?.edgeId));
        const missing = (branchesOf.get(top.splitId) ?? []).filter((b) => !arrived.has(b));
        if (missing.length > 0) {
          say('join_mismatch', id, `并行节点${s.zh}有 ${missing.length} 条分支没有汇聚到${l.zh}`, `${missing.length} branch(es) of ${s.en} never reach the join ${l.en}`);
        }
        incoming.forEach((i) => {
          const t = i.stack.at(-1);
          if (t) arrivalOf.set(i.edge, t);
        });
        stack = prefixes[0] ?? [];
      }
    } else if (node.type === 'end') {
      const inside = incoming.find((i) => i.stack.length > 0)?.stack.at(-1);
      if (inside) {
        const s = label(inside.splitId);
        say('parallel_jump', id, `并行节点${s.zh}的分支未经汇聚就到达了结束节点${l.zh}`, `A branch of ${s.en} reaches the end ${l.en} without passing its join`);
      }
      stack = [];
    } else if (incoming.some((i) => !sameFrames(i.stack, stack))) {
      say('parallel_jump', id, `${l.zh}同时从并行分支内外（或不同分支）到达：分支只能经其汇聚节点离开并行区域`, `${l.en} is reached from inside and outside a parallel branch (or from two branches); a branch may only leave its region through its join`);
    }
    stackOf.set(id, stack);
    for (const e of outgoing.get(id) ?? []) {
      const next = node.type === 'parallel' ? [...stack, { splitId: id, edgeId: e.id }] : stack;
      entering.set(e.to, [...(entering.get(e.to) ?? []), { edge: e, stack: next }]);
    }
  }

  for (const [splitId] of branchesOf) {
    if (stackOf.has(splitId) && !joinOf.has(splitId)) {
      const l = label(splitId);
      say('split_without_join', splitId, `并行节点${l.zh}的分支没有汇聚节点`, `The branches of the parallel split ${l.en} never meet at a join`);
    }
  }
  return { stackOf, joinOf, splitOf, branchesOf, arrivalOf, problems };
}

/** The branch of `splitId` that `nodeId` lies on, if it lies inside that region. */
export function branchOf(regions: ParallelRegions, nodeId: string, splitId: string): string | undefined {
  return regions.stackOf.get(nodeId)?.find((f) => f.splitId === splitId)?.edgeId;
}
