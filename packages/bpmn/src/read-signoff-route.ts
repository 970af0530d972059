import type { ApproverExpression } from '@signoff/org';
import type {
  FieldPermission,
  FlowDefinition,
  FlowEdge,
  FlowNode,
  FlowNodeType,
  NodeActionType,
  StepOptions,
} from '@signoff/flow';
import { APPROVE_MODES, NODE_TYPES } from '@signoff/flow';
import type { Condition } from '@signoff/schema';
import { BpmnReadError, type BpmnReadErrorCode } from './bpmn-read-error.js';
import { bool, extensions, isObj, list, num, text, typeOf, type Obj } from './moddle-read.js';
import { SIGNOFF_FORMAT_VERSION } from './signoff-extension.js';

const fail = (zh: string, en: string, code: BpmnReadErrorCode = 'malformedRoute'): never => {
  throw new BpmnReadError(code, { zh, en });
};

const json = (holder: unknown, what: string): unknown => {
  const body = isObj(holder) ? text(holder.json) : undefined;
  if (body === undefined) return fail(`缺少${what}`, `missing ${what}`);
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return fail(`${what}不是有效的 JSON`, `${what} is not valid JSON`);
  }
};

const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

function stepOptions(ext: Obj): StepOptions {
  const limit = isObj(ext.timeLimit) ? ext.timeLimit : undefined;
  const reminder = isObj(ext.reminder) ? ext.reminder : undefined;
  const afterHours = num(reminder?.afterHours);
  const actions = text(ext.allowedActions);
  return defined({
    timeLimitHours: num(ext.timeLimitHours),
    timeLimit: limit ? defined({ hours: num(limit.hours), workingDays: num(limit.workingDays) }) : undefined,
    reminder:
      afterHours !== undefined ? defined({ afterHours, repeatHours: num(reminder?.repeatHours) }) : undefined,
    allowedActions:
      actions === undefined ? undefined : (actions.split(/\s+/).filter(Boolean) as NodeActionType[]),
    signatureRequired: bool(ext.signatureRequired),
    skipApprovedOnResubmit: bool(ext.skipApprovedOnResubmit),
    skipApplicant: bool(ext.skipApplicant),
    skipPrevious: bool(ext.skipPrevious),
    acknowledgeAllowed: bool(ext.acknowledgeAllowed),
  });
}

function fieldPermissions(ext: Obj): Record<string, FieldPermission> | undefined {
  const perms = list(ext.fieldPermissions);
  if (perms.length === 0) return undefined;
  return Object.fromEntries(
    perms.map((p) => [text(p.field) ?? '', (text(p.access) ?? 'read') as FieldPermission]),
  );
}

function nodeOf(el: Obj): FlowNode {
  const [ext] = extensions(el, 'signoff:Node');
  if (!ext)
    return fail(
      `元素「${text(el.id) ?? '?'}」没有 signoff:node 扩展`,
      `element "${text(el.id) ?? '?'}" has no signoff:node extension`,
    );
  const id = text(ext.nodeId) ?? '';
  const type = text(ext.type) as FlowNodeType | undefined;
  if (!type || !NODE_TYPES.includes(type))
    return fail(`节点「${id}」的类型未知`, `node "${id}" has an unknown type`);
  const label = isObj(ext.label) ? ext.label : {};
  const name = { zh: text(label.zh) ?? '', en: text(label.en) ?? '' };
  const base = { id, name };
  switch (type) {
    case 'approve': {
      const mode =
        APPROVE_MODES.find((m) => m === ext.mode) ??
        fail(`节点「${id}」的审批方式未知`, `node "${id}" has an unknown approve mode`);
      const approvers = json(ext.approvers, `节点「${id}」的审批人`) as ApproverExpression;
      return defined({
        ...base,
        type,
        approvers,
        mode,
        ...stepOptions(ext),
        fieldPermissions: fieldPermissions(ext),
      });
    }
    case 'handle':
      return defined({
        ...base,
        type,
        approvers: json(ext.approvers, `节点「${id}」的办理人`) as ApproverExpression,
        ...stepOptions(ext),
        fieldPermissions: fieldPermissions(ext),
      });
    case 'notify':
      return defined({
        ...base,
        type,
        approvers: json(ext.approvers, `节点「${id}」的抄送人`) as ApproverExpression,
        fieldPermissions: fieldPermissions(ext),
      });
    default:
      return { ...base, type };
  }
}

function edgeOf(el: Obj, nodeIdOf: (bpmnElement: unknown) => string): FlowEdge {
  const [ext] = extensions(el, 'signoff:Edge');
  if (!ext)
    return fail(
      `连线「${text(el.id) ?? '?'}」没有 signoff:edge 扩展`,
      `sequence flow "${text(el.id) ?? '?'}" has no signoff:edge extension`,
    );
  const id = text(ext.edgeId) ?? '';
  return defined({
    id,
    from: nodeIdOf(el.sourceRef),
    to: nodeIdOf(el.targetRef),
    condition:
      ext.condition === undefined ? undefined : (json(ext.condition, `连线「${id}」的条件`) as Condition),
    isDefault: bool(ext.isDefault),
    order: num(ext.order),
  });
}

/** Whether a parsed file is one Signoff wrote (its process carries `signoff:route`), so `readSignoffRoute` reads it whole. */
export function isSignoffBpmn(definitions: unknown): boolean {
  const processEl = list(isObj(definitions) ? definitions.rootElements : undefined).find(
    (r) => typeOf(r) === 'bpmn:Process',
  );
  return processEl !== undefined && extensions(processEl, 'signoff:Route').length > 0;
}

/**
 * Rebuilds the route of a file `routeToBpmn` wrote, from its Signoff extension elements and its
 * sequence flows' ends. Files from other modellers lack the extension and are refused here; the
 * BPMN import maps their candidate groups and JUEL conditions instead.
 */
export function readSignoffRoute(definitions: unknown): FlowDefinition {
  const processEl = list(isObj(definitions) ? definitions.rootElements : undefined).find(
    (r) => typeOf(r) === 'bpmn:Process',
  );
  if (!processEl)
    return fail('文件中没有流程（bpmn:process）', 'the file holds no process (bpmn:process)', 'noProcess');
  const [route] = extensions(processEl, 'signoff:Route');
  if (!route)
    return fail(
      '这不是 Signoff 导出的 BPMN 文件（缺少 signoff:route）',
      'not a BPMN file exported by Signoff (no signoff:route)',
      'notSignoff',
    );
  const version = num(route.formatVersion) ?? 0;
  if (version > SIGNOFF_FORMAT_VERSION)
    return fail(
      `扩展格式版本 ${version} 比本程序支持的更新`,
      `extension format version ${version} is newer than this program supports`,
      'newerFormat',
    );
  const elements = list(processEl.flowElements);
  const flows = elements.filter((e) => typeOf(e) === 'bpmn:SequenceFlow');
  const nodeEls = elements.filter((e) => typeOf(e) !== 'bpmn:SequenceFlow');
  const nodeIdByElement = new Map<unknown, string>();
  const nodes = nodeEls.map((el) => {
    const node = nodeOf(el);
    nodeIdByElement.set(el, node.id);
    return node;
  });
  const nodeIdOf = (ref: unknown) =>
    nodeIdByElement.get(ref) ?? fail('连线连到了未知的元素', 'a sequence flow points at an unknown element');
  const edges = flows.map((el) => edgeOf(el, nodeIdOf));
  const layout = isObj(route.layoutHints)
    ? (json(route.layoutHints, '布局') as FlowDefinition['layout'])
    : undefined;
  return defined({ key: text(route.key) ?? text(processEl.id) ?? '', nodes, edges, layout });
}
