import type { ApproverExpression } from '@signoff/org';
import type { FlowEdge, FlowNode } from '@signoff/flow';
import type { FormField, Localized } from '@signoff/schema';
import { elementRole, type ElementRole } from './bpmn-element-roles.js';
import { BpmnImportError, parseFailure } from './bpmn-import-error.js';
import { flowCondition } from './flow-conditions.js';
import type {
  AssigneeReference,
  BpmnImport,
  ImportBpmnOptions,
  UnplacedCondition,
  UnsupportedElement,
} from './import-bpmn-types.js';
import { isObj, list, text, typeOf, type Obj } from './moddle-read.js';
import { readBpmn } from './read-bpmn.js';
import { namespacesOf, taskAssignees, type TaskAssignees } from './task-assignees.js';

interface Wire {
  id: string;
  from: string;
  to: string;
  /** the sequence flow whose condition and default mark this edge carries */
  flow: Obj;
}

const DEFAULT_NAMES: Partial<Record<FlowNode['type'], Localized>> = {
  start: { zh: '发起', en: 'Submit' },
  end: { zh: '结束', en: 'End' },
  branch: { zh: '条件分支', en: 'Branch' },
  parallel: { zh: '并行', en: 'Parallel' },
  join: { zh: '汇合', en: 'Join' },
};

const noProcess = (): never => {
  throw new BpmnImportError('noProcess', {
    zh: '文件中没有可导入的流程（bpmn:process 中没有元素）',
    en: 'the file holds no process to import (no elements in a bpmn:process)',
  });
};

/** The process to import: the first with elements (a collaboration's pools each hold one); the others are reported. */
function pickProcess(definitions: Obj): { process: Obj; others: Obj[] } {
  const processes = list(definitions.rootElements).filter(
    (r) => typeOf(r) === 'bpmn:Process' && list(r.flowElements).length > 0,
  );
  const [process, ...others] = processes;
  return process ? { process, others } : noProcess();
}

/** Joins the flows around an element that is left out, keeping the incoming flows' ids and conditions. */
function bridge(wires: Wire[], id: string): Wire[] {
  const ins = wires.filter((w) => w.to === id && w.from !== id);
  const outs = wires.filter((w) => w.from === id && w.to !== id);
  const rest = wires.filter((w) => w.to !== id && w.from !== id);
  const [out] = outs;
  const [inWire] = ins;
  if (ins.length === 0 || outs.length === 0) return rest;
  if (outs.length === 1 && out) return [...rest, ...ins.map((w) => ({ ...w, to: out.to }))];
  if (ins.length === 1 && inWire) return [...rest, ...outs.map((w) => ({ ...w, from: inWire.from }))];
  return [
    ...rest,
    ...ins.flatMap((i) => outs.map((o) => ({ id: `${i.id}_${o.id}`, from: i.from, to: o.to, flow: o.flow }))),
  ];
}

function placeholder(ref: AssigneeReference): ApproverExpression {
  switch (ref.kind) {
    case 'user':
      return { kind: 'user', id: ref.name };
    case 'task':
      return { kind: 'position', name: ref.name };
    default:
      return { kind: 'role', name: ref.name };
  }
}

/**
 * A BPMN 2.0 process from another modeller (Camunda Modeler, Flowable, bpmn-js) as a draft route:
 * user tasks become approve steps, send tasks CC, manual tasks handle steps; exclusive and parallel
 * gateways become branches, splits and joins; JUEL conditions (`${amount > 5000}`) become
 * conditions on the form's fields where a field of that name and a fitting type exists. Beside the
 * draft: who the tasks name (to map with `applyAssigneeMapping`), the conditions left unplaced and
 * every element the engine cannot run, by id and kind. Signoff's own extension elements are not
 * read (`readSignoffRoute` reads those files whole). Throws `BpmnImportError` when the file gives no
 * route at all (malformed XML with its line and column, not BPMN, no process).
 */
export async function importBpmn(xml: string, opts: ImportBpmnOptions = {}): Promise<BpmnImport> {
  if (xml.trim() === '') throw new BpmnImportError('empty', { zh: '文件是空的', en: 'the file is empty' });
  let read: { warnings: string[]; definitions: unknown };
  try {
    read = await readBpmn(xml);
  } catch (e) {
    throw parseFailure(e);
  }
  return { ...importBpmnDefinitions(read.definitions, opts), warnings: read.warnings };
}

/** `importBpmn` on a file already parsed with `readBpmn` (so a caller that looked at it first parses once). */
export function importBpmnDefinitions(definitions: unknown, opts: ImportBpmnOptions = {}): BpmnImport {
  const fields = opts.fields ?? [];
  const defs = isObj(definitions) ? definitions : {};
  const { process, others } = pickProcess(defs);
  const ns = namespacesOf(defs, process);
  const unsupported: UnsupportedElement[] = others.map((p) => ({
    elementId: text(p.id) ?? '',
    kind: 'process',
    ...(text(p.name) ? { name: text(p.name) } : {}),
    handling: 'dropped',
    reason: {
      code: 'process',
      zh: '文件中有多个流程：只导入了第一个',
      en: 'the file holds several processes: only the first was imported',
    },
  }));

  const elements = list(process.flowElements);
  const flowEls = elements.filter((e) => typeOf(e) === 'bpmn:SequenceFlow');
  let wires: Wire[] = [];
  for (const f of flowEls) {
    const from = isObj(f.sourceRef) ? text(f.sourceRef.id) : undefined;
    const to = isObj(f.targetRef) ? text(f.targetRef.id) : undefined;
    const id = text(f.id) ?? '';
    if (from && to) wires.push({ id, from, to, flow: f });
    else
      unsupported.push({
        elementId: id,
        kind: 'sequenceFlow',
        handling: 'dropped',
        reason: {
          code: 'danglingFlow',
          zh: '连线缺少起点或终点：已去掉',
          en: 'the sequence flow lacks a source or a target: left out',
        },
      });
  }
  const count = (id: string, end: 'from' | 'to') => wires.filter((w) => w[end] === id).length;

  const nodes: FlowNode[] = [];
  const assignees = new Map<string, TaskAssignees>();
  const roles: { el: Obj; id: string; role: ElementRole }[] = [];
  for (const el of elements) {
    if (typeOf(el) === 'bpmn:SequenceFlow') continue;
    const id = text(el.id) ?? '';
    const who = taskAssignees(el, ns);
    const pooled = who.groups.length > 0 || who.users.length + who.expressions.length > 1;
    const role = elementRole(el, count(id, 'to'), count(id, 'from'), pooled);
    if (role.as !== 'ignore' && role.report) unsupported.push(role.report);
    roles.push({ el, id, role });
    if (role.as === 'node') assignees.set(id, who);
  }
  for (const { id, role } of roles) {
    if (role.as === 'drop' || role.as === 'ignore') wires = wires.filter((w) => w.from !== id && w.to !== id);
    if (role.as === 'bridge') wires = bridge(wires, id);
  }

  const references = new Map<string, AssigneeReference>();
  const taskReferences: Record<string, string[]> = {};
  for (const { el, id, role } of roles) {
    if (role.as !== 'node') continue;
    const given = text(el.name)?.trim();
    const name: Localized = given
      ? { zh: given, en: given }
      : (DEFAULT_NAMES[role.type] ?? { zh: id, en: id });
    if (role.type === 'approve' || role.type === 'handle' || role.type === 'notify') {
      const who = assignees.get(id) ?? { users: [], groups: [], expressions: [] };
      const refs: Pick<AssigneeReference, 'kind' | 'name'>[] = [
        ...who.users.map((n) => ({ kind: 'user' as const, name: n })),
        ...who.expressions.map((n) => ({ kind: 'expression' as const, name: n })),
        ...who.groups.map((n) => ({ kind: 'group' as const, name: n })),
      ];
      if (refs.length === 0) refs.push({ kind: 'task', name: given || id });
      taskReferences[id] = refs.map((r) => {
        const key = r.kind === 'task' ? `task:${id}` : `${r.kind}:${r.name}`;
        const ref = references.get(key) ?? { key, ...r, tasks: [] };
        ref.tasks.push({ nodeId: id, name: name.zh });
        references.set(key, ref);
        return key;
      });
      const approvers = joinApprovers(
        taskReferences[id].map((k) =>
          placeholder(references.get(k) ?? { key: k, kind: 'task', name: k, tasks: [] }),
        ),
      );
      nodes.push(
        role.type === 'approve'
          ? { id, type: 'approve', name, approvers, mode: role.mode ?? 'single' }
          : { id, type: role.type, name, approvers },
      );
      continue;
    }
    if (role.type === 'parallel' && count(id, 'to') > 1) {
      // a gateway that both joins and splits: Signoff draws the join and the split as two nodes
      const split = `${id}_split`;
      nodes.push(
        { id, type: 'join', name: DEFAULT_NAMES.join ?? name },
        { id: split, type: 'parallel', name },
      );
      wires = wires.map((w) => (w.from === id ? { ...w, from: split } : w));
      wires.push({ id: `${id}_to_split`, from: id, to: split, flow: {} });
      continue;
    }
    nodes.push({ id, type: role.type, name });
  }

  const { edges, unplaced } = edgesOf(wires, nodes, roles, fields);
  const processName = text(process.name);
  return {
    draft: { key: text(process.id) ?? 'imported', nodes, edges },
    ...(processName ? { processName } : {}),
    references: [...references.values()],
    taskReferences,
    unplaced,
    unsupported,
    warnings: [],
  };
}

export function joinApprovers(parts: ApproverExpression[]): ApproverExpression {
  const seen = new Set<string>();
  const unique = parts.filter((p) => {
    const k = JSON.stringify(p);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const [first] = unique;
  return unique.length === 1 && first ? first : { kind: 'union', of: unique };
}

/** Conditions, defaults and evaluation order on the edges leaving branches; conditions anywhere else are unplaced. */
function edgesOf(
  wires: Wire[],
  nodes: FlowNode[],
  roles: { el: Obj; id: string }[],
  fields: readonly FormField[],
): { edges: FlowEdge[]; unplaced: UnplacedCondition[] } {
  const typeOfNode = new Map(nodes.map((n) => [n.id, n.type]));
  const elementOf = new Map(roles.map((r) => [r.id, r.el]));
  const unplaced: UnplacedCondition[] = [];
  const order = new Map<string, number>();
  const edges = wires.map((w): FlowEdge => {
    const base = { id: w.id, from: w.from, to: w.to };
    const read = flowCondition(w.flow, fields);
    const onBranch = typeOfNode.get(w.from) === 'branch';
    if (!onBranch) {
      if (read.kind !== 'none')
        unplaced.push({
          edgeId: w.id,
          from: w.from,
          to: w.to,
          expression: read.expression,
          reason: {
            code: 'notOnBranch',
            zh: '条件只能放在条件分支（排他网关）之后的连线上',
            en: 'conditions belong on the flows leaving a branch (an exclusive gateway)',
          },
        });
      return base;
    }
    const gateway = elementOf.get(w.from);
    const declared = gateway && isObj(gateway.default) ? gateway.default : undefined;
    const siblings = wires.filter((x) => x.from === w.from);
    const bare = siblings.filter((x) => !isObj(x.flow.conditionExpression));
    const isDefault = declared
      ? declared === w.flow || text(declared.id) === text(w.flow.id)
      : bare.length === 1 && bare[0] === w && siblings.length > 1;
    if (isDefault) return { ...base, isDefault: true };
    const n = (order.get(w.from) ?? 0) + 1;
    order.set(w.from, n);
    if (read.kind === 'placed') return { ...base, condition: read.condition, order: n };
    if (read.kind === 'unplaced')
      unplaced.push({
        edgeId: w.id,
        from: w.from,
        to: w.to,
        expression: read.expression,
        reason: read.reason,
      });
    return { ...base, order: n };
  });
  return { edges, unplaced };
}
