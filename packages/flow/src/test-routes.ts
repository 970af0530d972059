import type { ApproveMode, FlowDefinition, FlowEdge, FlowNode, StepOptions } from './flow-definition.js';
import type { Directory } from './test-fixtures.js';

const name = (id: string) => ({ zh: `节点${id}`, en: `Node ${id}` });

/** An approve node whose approvers are the role named after it. */
export const step = (id: string, mode: ApproveMode = 'single', options: StepOptions = {}): FlowNode => ({
  id,
  type: 'approve',
  name: name(id),
  approvers: { kind: 'role', name: id },
  mode,
  ...options,
});

export const split = (id: string): FlowNode => ({ id, type: 'parallel', name: name(id) });
export const join = (id: string): FlowNode => ({ id, type: 'join', name: name(id) });

/** Edges from a list of `a>b` pairs, numbered in order. */
export function edges(...pairs: string[]): FlowEdge[] {
  return pairs.map((p, i) => {
    const [from = '', to = ''] = p.split('>');
    return { id: `e${i}-${from}-${to}`, from, to };
  });
}

export function route(nodes: FlowNode[], edgeList: FlowEdge[]): FlowDefinition {
  return {
    key: 'test',
    nodes: [{ id: 'start', type: 'start', name: { zh: '发起', en: 'Submit' } }, ...nodes, { id: 'end', type: 'end', name: { zh: '结束', en: 'End' } }],
    edges: edgeList,
  };
}

/**
 * A contract route: legal checks, then finance (two steps) and engineering in parallel, then the
 * general manager.
 *
 *   start → legal → P ─┬→ fin → finhead ─┬→ J → gm → end
 *                      └→ eng ───────────┘
 */
export function contractRoute(options: Record<string, StepOptions> = {}): FlowDefinition {
  return route(
    [step('legal', 'single', options.legal), split('P'), step('fin', 'single', options.fin), step('finhead', 'single', options.finhead), step('eng', 'single', options.eng), join('J'), step('gm', 'single', options.gm)],
    edges('start>legal', 'legal>P', 'P>fin', 'fin>finhead', 'finhead>J', 'P>eng', 'eng>J', 'J>gm', 'gm>end'),
  );
}

/** Everyone in the contract route is the role of the same name, one person each (`legal` → `l1`, …). */
export const contractDirectory = (): Directory => ({
  'role:legal': ['l1'],
  'role:fin': ['f1'],
  'role:finhead': ['fh1'],
  'role:eng': ['e1'],
  'role:gm': ['g1'],
});

/**
 * Nested regions: branch A holds a parallel region of its own.
 *
 *   start → P1 ─┬→ a1 → P2 ─┬→ a2 ─┬→ J2 → a4 ─┬→ J1 → end
 *               │           └→ a3 ─┘            │
 *               └→ b1 ──────────────────────────┘
 */
export function nestedRoute(): FlowDefinition {
  return route(
    [split('P1'), step('a1'), split('P2'), step('a2'), step('a3'), join('J2'), step('a4'), step('b1'), join('J1')],
    edges('start>P1', 'P1>a1', 'a1>P2', 'P2>a2', 'P2>a3', 'a2>J2', 'a3>J2', 'J2>a4', 'a4>J1', 'P1>b1', 'b1>J1', 'J1>end'),
  );
}

export const nestedDirectory = (): Directory => Object.fromEntries(['a1', 'a2', 'a3', 'a4', 'b1'].map((id) => [`role:${id}`, [`${id}-user`]]));
