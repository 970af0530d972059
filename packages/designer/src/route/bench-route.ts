import type { FlowDefinition, FlowEdge, FlowNode } from '@signoff/flow';

/**
 * A valid route of exactly `n` nodes (at least start and end) for benchmarks: the layout here and
 * the canvas's frame-time bench in the web app. It repeats a deterministic mix of what officers
 * draw: runs of steps, a three-way branch on an amount, a parallel block whose second lane holds a
 * branch of its own, and CC and handle steps.
 */
export function buildBenchRoute(n: number): FlowDefinition {
  const total = Math.max(2, Math.floor(Number.isFinite(n) ? n : 2));
  const nodes: FlowNode[] = [{ id: 'start', type: 'start', name: { zh: '发起申请', en: 'Submit' } }];
  const edges: FlowEdge[] = [];
  let count = 0;
  const node = (type: 'approve' | 'notify' | 'handle' | 'branch' | 'parallel' | 'join'): string => {
    count++;
    const id = `${type}-${count}`;
    const name = { zh: `节点${count}`, en: `Node ${count}` };
    if (type === 'approve')
      nodes.push({ id, type, name, approvers: { kind: 'deptHead', level: 1 + (count % 3) }, mode: 'single' });
    else if (type === 'notify' || type === 'handle')
      nodes.push({ id, type, name, approvers: { kind: 'role', name: `role-${count % 7}` } });
    else nodes.push({ id, type, name });
    return id;
  };
  const link = (from: string, to: string, extra: Partial<FlowEdge> = {}) => {
    edges.push({ id: `e${edges.length + 1}`, from, to, ...extra });
  };
  /** steps one after another from `from`; returns the last one (or `from` when k is 0) */
  const chain = (from: string, k: number): string => {
    let tail = from;
    for (let i = 0; i < k; i++) {
      const id = node('approve');
      link(tail, id);
      tail = id;
    }
    return tail;
  };
  /** a branch on the amount with paths of the given lengths (the last is the default), meeting at a new step */
  const branch = (from: string, lengths: readonly number[]): string => {
    const b = node('branch');
    link(from, b);
    const ends = lengths.map((k, i) => {
      const first = node('approve');
      const isLast = i === lengths.length - 1;
      link(
        b,
        first,
        isLast
          ? { isDefault: true }
          : {
              order: i + 1,
              condition: {
                op: 'gte',
                left: { field: 'amount' },
                right: { value: 1000 * (lengths.length - i) },
              },
            },
      );
      return chain(first, k - 1);
    });
    const meet = node('approve');
    ends.forEach((e) => link(e, meet));
    return meet;
  };
  const segments: { size: number; build: (from: string) => string }[] = [
    { size: 2, build: (from) => chain(from, 2) },
    { size: 1 + 1 + 2 + 1 + 1, build: (from) => branch(from, [1, 2, 1]) },
    {
      // split, two steps, a branch of 1+1 steps and its meeting step, the join
      size: 1 + 2 + (1 + 2 + 1) + 1,
      build: (from) => {
        const split = node('parallel');
        link(from, split);
        const lane1 = chain(split, 2);
        const lane2 = branch(split, [1, 1]);
        const join = node('join');
        link(lane1, join);
        link(lane2, join);
        return join;
      },
    },
    {
      size: 2,
      build: (from) => {
        const cc = node('notify');
        const handle = node('handle');
        link(from, cc);
        link(cc, handle);
        return handle;
      },
    },
  ];
  const budget = total - 2;
  let tail = 'start';
  for (let i = 0; ; i++) {
    const segment = segments[i % segments.length];
    if (!segment || count + segment.size > budget) break;
    tail = segment.build(tail);
  }
  tail = chain(tail, budget - count);
  nodes.push({ id: 'end', type: 'end', name: { zh: '结束', en: 'End' } });
  link(tail, 'end');
  return { key: `bench-${total}`, nodes, edges };
}
