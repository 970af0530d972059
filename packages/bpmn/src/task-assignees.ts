/*
 * Who a task names, as the common modellers write it, read without their moddle descriptors:
 * bpmn-moddle keeps attributes of unknown namespaces in `$attrs` under the prefix the file used,
 * and unknown extension elements as plain objects. Prefixes are resolved through the file's
 * `xmlns:` declarations, so `xmlns:c="http://camunda.org/schema/1.0/bpmn"` works as well.
 */
import { isObj, list, text, typeOf, type Obj } from './moddle-read.js';

const VENDOR_NS = new Set([
  'http://camunda.org/schema/1.0/bpmn',
  'http://flowable.org/bpmn',
  'http://activiti.org/bpmn',
]);
const ZEEBE_NS = 'http://camunda.org/schema/zeebe/1.0';
/** prefixes read even when the file forgot to declare them (bpmn-moddle does not insist) */
const VENDOR_PREFIXES = new Set(['camunda', 'flowable', 'activiti']);

export interface Namespaces {
  vendor: Set<string>;
  zeebe: Set<string>;
}

/** The prefixes the file declares for Camunda 7 / Flowable / Activiti and for Zeebe (Camunda 8). */
export function namespacesOf(...holders: unknown[]): Namespaces {
  const vendor = new Set(VENDOR_PREFIXES);
  const zeebe = new Set(['zeebe']);
  for (const h of holders) {
    const attrs = isObj(h) && isObj(h.$attrs) ? h.$attrs : {};
    for (const [name, uri] of Object.entries(attrs)) {
      if (!name.startsWith('xmlns:') || typeof uri !== 'string') continue;
      const prefix = name.slice('xmlns:'.length);
      if (VENDOR_NS.has(uri)) vendor.add(prefix);
      if (uri === ZEEBE_NS) zeebe.add(prefix);
    }
  }
  return { vendor, zeebe };
}

export interface TaskAssignees {
  users: string[];
  groups: string[];
  /** names that are engine expressions (`${initiator}`), kept apart: they name nobody yet */
  expressions: string[];
}

const split = (v: string | undefined): string[] =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

// JUEL `${…}` / `#{…}`, and FEEL (Zeebe), which starts with `=`
const isExpression = (s: string) => /^[$#]\{[\s\S]*\}$/.test(s) || s.startsWith('=');

function vendorAttr(el: Obj, ns: Namespaces, local: string): string | undefined {
  const attrs = isObj(el.$attrs) ? el.$attrs : {};
  for (const [name, value] of Object.entries(attrs)) {
    const [prefix, rest] = name.split(':');
    if (rest === local && prefix !== undefined && ns.vendor.has(prefix)) return text(value);
  }
  return undefined;
}

/** Standard BPMN `potentialOwner` / `humanPerformer`: `user(kermit), group(management)`, or bare names (groups). */
function resourceRoles(el: Obj): { users: string[]; groups: string[] } {
  const users: string[] = [];
  const groups: string[] = [];
  for (const role of list(el.resources)) {
    const expr = isObj(role.resourceAssignmentExpression)
      ? role.resourceAssignmentExpression.expression
      : undefined;
    const body = isObj(expr) ? text(expr.body) : undefined;
    for (const part of split(body)) {
      const m = /^(user|group)\((.*)\)$/.exec(part);
      const name = (m?.[2] ?? part).trim();
      if (name === '') continue;
      if (m?.[1] === 'user' || (!m && typeOf(role) === 'bpmn:HumanPerformer')) users.push(name);
      else groups.push(name);
    }
  }
  return { users, groups };
}

/** The assignee, candidate users and candidate groups of a task, in that order, each name once. */
export function taskAssignees(el: Obj, ns: Namespaces): TaskAssignees {
  const users = [...split(vendorAttr(el, ns, 'assignee')), ...split(vendorAttr(el, ns, 'candidateUsers'))];
  const groups = split(vendorAttr(el, ns, 'candidateGroups'));
  const ext = isObj(el.extensionElements) ? list(el.extensionElements.values) : [];
  for (const v of ext) {
    const [prefix, local] = (typeOf(v) ?? '').split(':');
    if (prefix === undefined || !ns.zeebe.has(prefix) || local !== 'assignmentDefinition') continue;
    users.push(...split(text(v.assignee)), ...split(text(v.candidateUsers)));
    groups.push(...split(text(v.candidateGroups)));
  }
  const roles = resourceRoles(el);
  users.push(...roles.users);
  groups.push(...roles.groups);
  const unique = (xs: string[]) => [...new Set(xs)];
  return {
    users: unique(users.filter((u) => !isExpression(u))),
    groups: unique(groups.filter((g) => !isExpression(g))),
    expressions: unique([...users, ...groups].filter(isExpression)),
  };
}
