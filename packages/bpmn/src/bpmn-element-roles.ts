/*
 * What each flow element of a foreign file becomes in a Signoff route: a node, a gap that is
 * bridged (its incoming flows joined to what follows), or nothing (dropped with its flows). Every
 * element the engine cannot run is reported with its id and kind; nothing disappears silently.
 */
import type { ApproveMode, FlowNodeType } from '@signoff/flow';
import type { Localized } from '@signoff/schema';
import type { UnsupportedElement } from './import-bpmn-types.js';
import { isObj, list, text, typeOf, type Obj } from './moddle-read.js';

export type ElementRole =
  | { as: 'node'; type: FlowNodeType; mode?: ApproveMode; report?: UnsupportedElement }
  | { as: 'bridge'; report?: UnsupportedElement }
  | { as: 'drop'; report: UnsupportedElement }
  | { as: 'ignore' };

/** `bpmn:ServiceTask` → `serviceTask` */
export const localName = (type: string | undefined): string => {
  const local = (type ?? '').split(':').pop() ?? '';
  return local.charAt(0).toLowerCase() + local.slice(1);
};

/** `timer`, `message`, … of an event's first definition, or undefined for a plain event. */
export function eventKind(el: Obj): string | undefined {
  const [def] = list(el.eventDefinitions);
  return def ? localName(typeOf(def)).replace(/EventDefinition$/, '') : undefined;
}

const EVENT_WORDS: Record<string, Localized> = {
  timer: { zh: '定时', en: 'timer' },
  message: { zh: '消息', en: 'message' },
  signal: { zh: '信号', en: 'signal' },
  error: { zh: '错误', en: 'error' },
  escalation: { zh: '升级', en: 'escalation' },
  conditional: { zh: '条件', en: 'conditional' },
  compensate: { zh: '补偿', en: 'compensation' },
  link: { zh: '链接', en: 'link' },
  cancel: { zh: '取消', en: 'cancel' },
};
const eventWord = (k: string) => EVENT_WORDS[k] ?? { zh: k, en: k };

/** Elements that describe or store, never run: left aside without a word. */
const NOT_FLOW = new Set([
  'bpmn:TextAnnotation',
  'bpmn:Association',
  'bpmn:DataObject',
  'bpmn:DataObjectReference',
  'bpmn:DataStoreReference',
  'bpmn:Group',
]);

const AUTOMATIC = new Set(['bpmn:ServiceTask', 'bpmn:ScriptTask', 'bpmn:BusinessRuleTask']);
const SUBPROCESS = new Set([
  'bpmn:SubProcess',
  'bpmn:Transaction',
  'bpmn:AdHocSubProcess',
  'bpmn:CallActivity',
]);
const OTHER_GATEWAYS = new Set(['bpmn:InclusiveGateway', 'bpmn:ComplexGateway', 'bpmn:EventBasedGateway']);

/** A send task with an implementation is an automatic message; a plain one is how Signoff writes CC. */
const hasImplementation = (el: Obj) =>
  Object.keys(isObj(el.$attrs) ? el.$attrs : {}).some((k) =>
    /:(class|expression|delegateExpression|type|topic)$/.test(k),
  );

function report(
  el: Obj,
  handling: UnsupportedElement['handling'],
  code: string,
  zh: string,
  en: string,
): UnsupportedElement {
  const kind = localName(typeOf(el)) + (eventKind(el) ? `:${eventKind(el)}` : '');
  const name = text(el.name);
  return {
    elementId: text(el.id) ?? '',
    kind,
    ...(name ? { name } : {}),
    handling,
    reason: { code, zh, en },
  };
}

function approveMode(el: Obj, pooled: boolean): { mode: ApproveMode; report?: UnsupportedElement } {
  const loop = isObj(el.loopCharacteristics) ? el.loopCharacteristics : undefined;
  if (!loop) return { mode: pooled ? 'any' : 'single' };
  if (typeOf(loop) !== 'bpmn:MultiInstanceLoopCharacteristics')
    return {
      mode: 'single',
      report: report(
        el,
        'kept',
        'loop',
        '循环任务不被支持：按只办理一次读入',
        'a looping task is not supported: read as done once',
      ),
    };
  if (loop.isSequential === true) return { mode: 'sequential' };
  const done = isObj(loop.completionCondition) ? text(loop.completionCondition.body) : undefined;
  if (done === undefined) return { mode: 'all' };
  // Camunda's "first one decides": nrOfCompletedInstances >= 1 (or > 0)
  if (/nrOfCompletedInstances\s*(>=\s*1|>\s*0)\b/.test(done)) return { mode: 'any' };
  return {
    mode: 'all',
    report: report(
      el,
      'kept',
      'completionCondition',
      `完成条件「${done}」不被支持：按会签（全部同意）读入`,
      `the completion condition "${done}" is not supported: read as all must approve`,
    ),
  };
}

/**
 * The role of one flow element. `inCount`/`outCount` are its sequence flows; `pooled` says the
 * task offers itself to several people (candidate groups or users), which Signoff runs as 或签.
 */
export function elementRole(el: Obj, inCount: number, outCount: number, pooled: boolean): ElementRole {
  const type = typeOf(el) ?? '';
  const ev = eventKind(el);
  if (NOT_FLOW.has(type)) return { as: 'ignore' };
  switch (type) {
    case 'bpmn:StartEvent':
      return ev
        ? {
            as: 'node',
            type: 'start',
            report: report(
              el,
              'kept',
              'startEvent',
              `${eventWord(ev).zh}开始事件按普通发起读入`,
              `a ${eventWord(ev).en} start event is read as a plain start`,
            ),
          }
        : { as: 'node', type: 'start' };
    case 'bpmn:EndEvent':
      return ev && ev !== 'terminate'
        ? {
            as: 'node',
            type: 'end',
            report: report(
              el,
              'kept',
              'endEvent',
              `${eventWord(ev).zh}结束事件按普通结束读入`,
              `a ${eventWord(ev).en} end event is read as a plain end`,
            ),
          }
        : { as: 'node', type: 'end' };
    case 'bpmn:UserTask': {
      const m = approveMode(el, pooled);
      return { as: 'node', type: 'approve', mode: m.mode, ...(m.report && { report: m.report }) };
    }
    case 'bpmn:ManualTask':
    case 'bpmn:Task':
      return { as: 'node', type: 'handle' };
    case 'bpmn:SendTask':
      if (!hasImplementation(el)) return { as: 'node', type: 'notify' };
      break;
    case 'bpmn:ExclusiveGateway':
      // a gateway where exclusive paths meet: Signoff's paths meet at the next step, without a node
      return outCount > 1 ? { as: 'node', type: 'branch' } : { as: 'bridge' };
    case 'bpmn:ParallelGateway':
      if (outCount > 1) return { as: 'node', type: 'parallel' };
      return inCount > 1 ? { as: 'node', type: 'join' } : { as: 'bridge' };
    case 'bpmn:BoundaryEvent': {
      const host = isObj(el.attachedToRef)
        ? (text(el.attachedToRef.name) ?? text(el.attachedToRef.id) ?? '')
        : '';
      const w = eventWord(ev ?? 'none');
      return {
        as: 'drop',
        report: report(
          el,
          'dropped',
          'boundaryEvent',
          `附在「${host}」上的${ev ? w.zh : ''}边界事件不被支持：已去掉，连同从它出发的连线${ev === 'timer' ? '（时限可在该步骤的设置中设定）' : ''}`,
          `the ${ev ? `${w.en} ` : ''}boundary event on "${host}" is not supported: left out with the flows leaving it${ev === 'timer' ? ' (set a time limit in the step settings instead)' : ''}`,
        ),
      };
    }
  }
  const joined = inCount > 0 || outCount > 0;
  const handling = joined ? 'bridged' : 'dropped';
  const joinedZh = joined ? '，前后的连线已接上' : '';
  const joinedEn = joined ? ', the flows before and after it are joined' : '';
  if (OTHER_GATEWAYS.has(type) && outCount > 1)
    return {
      as: 'node',
      type: 'branch',
      report: report(
        el,
        'kept',
        'gateway',
        `${localName(type)} 按排他分支读入：只走第一条条件成立的路径，请检查各条件`,
        `${localName(type)} is read as an exclusive branch (the first path whose condition holds): check the conditions`,
      ),
    };
  if (AUTOMATIC.has(type) || type === 'bpmn:SendTask')
    return {
      as: 'bridge',
      report: report(
        el,
        handling,
        'automatic',
        `${localName(type)} 由流程引擎自动执行，Signoff 不运行它：已跳过${joinedZh}`,
        `a ${localName(type)} runs automatically in a process engine; Signoff does not run it: left out${joinedEn}`,
      ),
    };
  if (SUBPROCESS.has(type))
    return {
      as: 'bridge',
      report: report(
        el,
        handling,
        'subProcess',
        `子流程（${localName(type)}）不被支持：其中的步骤没有导入${joinedZh}`,
        `sub-processes (${localName(type)}) are not supported: the steps inside were not imported${joinedEn}`,
      ),
    };
  if (
    type === 'bpmn:IntermediateCatchEvent' ||
    type === 'bpmn:ReceiveTask' ||
    type === 'bpmn:IntermediateThrowEvent'
  ) {
    const w = eventWord(ev ?? 'none');
    return {
      as: 'bridge',
      report: report(
        el,
        handling,
        'event',
        `${ev ? w.zh : ''}中间事件（${localName(type)}）不被支持：已跳过${joinedZh}`,
        `${ev ? `${w.en} ` : ''}intermediate events (${localName(type)}) are not supported: left out${joinedEn}`,
      ),
    };
  }
  return {
    as: 'bridge',
    report: report(
      el,
      handling,
      'unknown',
      `Signoff 不认识的元素（${localName(type)}）：已跳过${joinedZh}`,
      `an element Signoff does not know (${localName(type)}): left out${joinedEn}`,
    ),
  };
}
