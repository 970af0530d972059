import type { AssigneeReference } from '@signoff/bpmn';
import { activeUsers, departmentNames, positionNames, roleNames } from '../settings/approver-choices';
import type { RouteOrg } from '../settings/route-org';
import type { ApproverExpression } from '../settings/route-types';

/**
 * Words that mean a relation to the applicant rather than a seat: a group called 部门经理 in the
 * old system is, in Signoff, the applicant's own department head (a virtual position), never one
 * fixed person.
 */
const VIRTUAL: readonly { words: readonly string[]; expr: ApproverExpression }[] = [
  {
    words: ['部门负责人', '部门经理', '部门领导', '部门主管', '直属领导', '直属上级'],
    expr: { kind: 'deptHead', level: 1 },
  },
  { words: ['分管领导', '分管副总', '主管领导'], expr: { kind: 'supervisingLeader', by: 'department' } },
];

const longestIn = (text: string, names: readonly string[]): string | undefined =>
  names.filter((n) => n !== '' && text.includes(n)).sort((a, b) => b.length - a.length)[0];

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The approver a reference most likely means, by its name: a virtual position's word, a position,
 * a role, a department (its head), a person by login or name. A task that names nobody is read by
 * its own name ("董事长审批" → position 董事长, "综合部审核" → head of 综合部). Undefined when nothing
 * matches: the officer chooses.
 */
export function suggestApprover(
  ref: AssigneeReference,
  org: RouteOrg | undefined,
): ApproverExpression | undefined {
  if (!org) return undefined;
  const name = ref.name.trim();
  if (ref.kind === 'expression' || name === '') return undefined;
  const positions = positionNames(org);
  const departments = departmentNames(org);
  if (ref.kind === 'task') {
    // the longest name found wins: 财务部经理审批 is the position 财务部经理, not the head of 财务部
    const found: { length: number; expr: ApproverExpression }[] = [];
    const position = longestIn(name, positions);
    if (position) found.push({ length: position.length, expr: { kind: 'position', name: position } });
    const department = longestIn(name, departments);
    if (department)
      found.push({ length: department.length, expr: { kind: 'departmentHead', name: department } });
    for (const v of VIRTUAL) {
      const word = longestIn(name, v.words);
      if (word) found.push({ length: word.length, expr: v.expr });
    }
    // stable sort: on a tie a position beats a department, which beats a relation word
    return found.sort((a, b) => b.length - a.length)[0]?.expr;
  }
  if (ref.kind === 'user') {
    const user = activeUsers(org).find((u) => sameName(u.login, name) || sameName(u.name, name));
    return user ? { kind: 'user', id: user.id } : undefined;
  }
  const virtual = VIRTUAL.find((v) => v.words.includes(name));
  if (virtual) return virtual.expr;
  const position = positions.find((p) => sameName(p, name));
  if (position) return { kind: 'position', name: position };
  const role = roleNames(org).find((r) => sameName(r, name));
  if (role) return { kind: 'role', name: role };
  const department = departments.find((d) => sameName(d, name));
  return department ? { kind: 'departmentHead', name: department } : undefined;
}

/** Every reference's suggestion, keyed as the mapping is. */
export function suggestedMapping(
  refs: readonly AssigneeReference[],
  org: RouteOrg | undefined,
): Record<string, ApproverExpression> {
  const out: Record<string, ApproverExpression> = {};
  for (const ref of refs) {
    const s = suggestApprover(ref, org);
    if (s) out[ref.key] = s;
  }
  return out;
}
