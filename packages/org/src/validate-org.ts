import type { Localized } from '@signoff/schema';
import type { OrgSnapshot } from './org-model.js';

export type OrgProblemCode =
  | 'duplicate_id'
  | 'duplicate_name'
  | 'unknown_parent'
  | 'parent_cycle'
  | 'unknown_department'
  | 'two_heads'
  | 'unknown_head_position'
  | 'unknown_rank'
  | 'unknown_position'
  | 'unknown_user'
  | 'bad_delegation'
  | 'blank_name';

export interface OrgProblem {
  code: OrgProblemCode;
  /** what the problem is about, e.g. `department:d-03`, `user:u-12` */
  subject: string;
  message: Localized;
}

/**
 * The rules every org must keep, checked after any change (an edit, an import) and before it is
 * written. Department names are unique per tenant because routes and catalogs name departments
 * (综管部审核, departmentHead('财务部')): two 财务部 would make such a step ambiguous.
 */
export function validateOrg(org: OrgSnapshot): OrgProblem[] {
  const out: OrgProblem[] = [];
  const add = (code: OrgProblemCode, subject: string, zh: string, en: string) =>
    out.push({ code, subject, message: { zh, en } });
  const depts = new Map(org.departments.map((d) => [d.id, d]));
  const positions = new Map(org.positions.map((p) => [p.id, p]));
  const ranks = new Set(org.ranks.map((r) => r.id));
  const users = new Map(org.users.map((u) => [u.id, u]));

  const dupIds = (kind: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id))
        add('duplicate_id', `${kind}:${id}`, `编号「${id}」重复`, `the id ${id} is used twice`);
      seen.add(id);
    }
  };
  dupIds(
    'department',
    org.departments.map((d) => d.id),
  );
  dupIds(
    'position',
    org.positions.map((p) => p.id),
  );
  dupIds(
    'user',
    org.users.map((u) => u.id),
  );
  dupIds(
    'rank',
    org.ranks.map((r) => r.id),
  );

  const names = new Map<string, string>();
  for (const d of org.departments) {
    const subject = `department:${d.id}`;
    if (d.name.trim() === '') add('blank_name', subject, '部门名称不能为空', 'a department needs a name');
    const other = names.get(d.name);
    if (other !== undefined && other !== d.id)
      add('duplicate_name', subject, `部门「${d.name}」重名`, `two departments are named ${d.name}`);
    names.set(d.name, d.id);
    if (d.parentId !== null && !depts.has(d.parentId))
      add(
        'unknown_parent',
        subject,
        `部门「${d.name}」的上级部门不存在`,
        `the parent of ${d.name} does not exist`,
      );
    // any department, not only a virtual one: an id of another company's position is unknown here
    if (d.headPositionId !== undefined && !positions.has(d.headPositionId))
      add(
        'unknown_head_position',
        subject,
        `部门「${d.name}」的负责岗位不存在`,
        `the head position of the department ${d.name} does not exist`,
      );
    if (inCycle(org, d.id))
      add(
        'parent_cycle',
        subject,
        `部门「${d.name}」的上级链形成了循环`,
        `the parents of ${d.name} form a cycle`,
      );
  }

  const heads = new Map<string, number>();
  for (const p of org.positions) {
    const subject = `position:${p.id}`;
    if (p.name.trim() === '') add('blank_name', subject, '岗位名称不能为空', 'a position needs a name');
    if (!depts.has(p.departmentId))
      add(
        'unknown_department',
        subject,
        `岗位「${p.name}」所属部门不存在`,
        `the department of position ${p.name} does not exist`,
      );
    if (p.isHead) heads.set(p.departmentId, (heads.get(p.departmentId) ?? 0) + 1);
  }
  for (const [deptId, n] of heads) {
    const name = depts.get(deptId)?.name ?? deptId;
    if (n > 1)
      add(
        'two_heads',
        `department:${deptId}`,
        `部门「${name}」有 ${n} 个负责人岗位，只能有一个`,
        `${name} has ${n} head positions; it may have one`,
      );
  }

  for (const u of org.users) {
    const subject = `user:${u.id}`;
    if (u.name.trim() === '') add('blank_name', subject, '人员姓名不能为空', 'a user needs a name');
    for (const d of [u.departmentId, ...u.secondaryDepartmentIds])
      if (!depts.has(d))
        add(
          'unknown_department',
          subject,
          `「${u.name}」的部门不存在`,
          `a department of ${u.name} does not exist`,
        );
    if (u.rankId !== null && !ranks.has(u.rankId))
      add('unknown_rank', subject, `「${u.name}」的职级不存在`, `the rank of ${u.name} does not exist`);
    for (const p of u.positionIds)
      if (!positions.has(p))
        add(
          'unknown_position',
          subject,
          `「${u.name}」的岗位不存在`,
          `a position of ${u.name} does not exist`,
        );
  }

  org.supervisions.forEach((s, i) => {
    const subject = `supervision:${i}`;
    if (!positions.has(s.positionId))
      add('unknown_position', subject, '分管关系的领导岗位不存在', 'the supervising position does not exist');
    for (const d of s.departmentIds)
      if (!depts.has(d))
        add(
          'unknown_department',
          subject,
          '分管关系中的部门不存在',
          'a supervised department does not exist',
        );
  });

  org.delegations.forEach((d, i) => {
    const subject = `delegation:${i}`;
    if (!users.has(d.fromUserId) || !users.has(d.toUserId))
      add('unknown_user', subject, '委托的人员不存在', 'a user of the delegation does not exist');
    if (d.fromUserId === d.toUserId)
      add('bad_delegation', subject, '不能委托给自己', 'a user cannot delegate to themselves');
    const from = Date.parse(d.from);
    const to = Date.parse(d.to);
    if (!(from < to))
      add(
        'bad_delegation',
        subject,
        '委托的结束时间必须晚于开始时间',
        'a delegation must end after it starts',
      );
  });
  return out;
}

function inCycle(org: OrgSnapshot, start: string): boolean {
  const seen = new Set<string>();
  let id: string | null | undefined = start;
  while (id) {
    if (seen.has(id)) return id === start;
    seen.add(id);
    id = org.departments.find((d) => d.id === id)?.parentId;
  }
  return false;
}
