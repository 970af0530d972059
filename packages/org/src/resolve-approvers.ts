import type { ApproverExpression } from './approver-expression.js';
import { applyDelegation } from './apply-delegation.js';
import { departmentChain } from './department-chain.js';
import type { Localized } from '@signoff/schema';
import type { OrgSnapshot, OrgUser, Position } from './org-model.js';
import { departmentByName, headPositions, holdersOf, indexOrg, type OrgIndex } from './org-index.js';
import type { Resolution, SkippedUser } from './resolution.js';

export interface ResolveOptions {
  /** leave out the applicant (default true): nobody approves their own request */
  skipApplicant?: boolean;
  /** leave out whoever approved the step just before (default true): one person, one signature */
  skipPrevious?: boolean;
}

export interface ResolveInput {
  org: OrgSnapshot;
  expression: ApproverExpression;
  applicantId: string;
  form: Record<string, unknown>;
  previousApproverIds?: readonly string[];
  /** the users the submitter picked, for `chosenBySubmitter` */
  chosenUserIds?: readonly string[];
  /** for delegations limited to some templates */
  templateKey?: string;
  /** ISO instant: delegation windows are checked against it */
  now: string;
  options?: ResolveOptions;
}

/** Candidates before the skip, fallback and delegation rules. */
interface Found {
  users: OrgUser[];
  positions: Position[];
  reason: Localized;
}

const names = (users: readonly OrgUser[]) => users.map((u) => u.name).join('、');
const posNames = (ps: readonly Position[]) => [...new Set(ps.map((p) => p.name))].join('、');

function activeUsers(ix: OrgIndex, ids: readonly unknown[]): OrgUser[] {
  const out: OrgUser[] = [];
  for (const id of ids) {
    const u = typeof id === 'string' ? ix.user.get(id) : undefined;
    if (u?.active && !out.includes(u)) out.push(u);
  }
  return out;
}

function findDeptHead(ix: OrgIndex, applicantId: string, level: number): Found {
  const chain = departmentChain(ix, applicantId);
  const rung = chain.levels[level - 1];
  const wentUp = chain.passed.filter((p) => p.why === 'applicant_is_head').map((p) => p.department.name);
  const upZh = wentUp.length > 0 ? `（申请人本人负责「${wentUp.join('、')}」，上移一级）` : '';
  const upEn = wentUp.length > 0 ? ` (the applicant heads ${wentUp.join(', ')}, so one level up)` : '';
  if (!rung) {
    return {
      users: [],
      positions: [],
      reason: {
        zh: `申请人没有第 ${level} 级部门负责人${upZh}`,
        en: `the applicant has no level-${level} department head${upEn}`,
      },
    };
  }
  const d = rung.department.name;
  const p = posNames(rung.positions);
  return {
    users: rung.users,
    positions: rung.positions,
    reason:
      level === 1
        ? {
            zh: `申请人所在部门「${d}」的负责人（${p}）${upZh}`,
            en: `head of the applicant's department ${d} (${p})${upEn}`,
          }
        : {
            zh: `申请人的第 ${level} 级部门负责人：「${d}」的负责人（${p}）${upZh}`,
            en: `level-${level} department head of the applicant: head of ${d} (${p})${upEn}`,
          },
  };
}

/** The applicant's departments from the nearest up, so a sub-team inherits its parent's supervisor. */
function departmentLine(ix: OrgIndex, applicant: OrgUser): string[] {
  const out: string[] = [];
  let id: string | null | undefined = applicant.departmentId;
  while (id && !out.includes(id)) {
    out.push(id);
    id = ix.department.get(id)?.parentId;
  }
  return out;
}

function findSupervisor(
  ix: OrgIndex,
  applicantId: string,
  form: Record<string, unknown>,
  by: 'department' | 'category',
  field?: string,
): Found {
  const supervised = (positionIds: string[]): Found['positions'] =>
    positionIds.map((id) => ix.position.get(id)).filter((p): p is Position => p !== undefined);
  if (by === 'category') {
    const key = field ?? 'category';
    const value = form[key];
    const category = typeof value === 'string' ? value : undefined;
    const positions = category
      ? supervised(
          ix.org.supervisions.filter((s) => s.categories.includes(category)).map((s) => s.positionId),
        )
      : [];
    const users = holdersOf(ix, positions);
    if (!category)
      return {
        users: [],
        positions: [],
        reason: {
          zh: `表单字段「${key}」未填写分类，找不到分管领导`,
          en: `the form's ${key} names no category, so no supervising leader`,
        },
      };
    return {
      users,
      positions,
      reason:
        users.length > 0
          ? {
              zh: `分管「${category}」的领导（${posNames(positions)}）`,
              en: `supervising leader for ${category} (${posNames(positions)})`,
            }
          : { zh: `没有人分管「${category}」`, en: `nobody supervises ${category}` },
    };
  }
  const applicant = ix.user.get(applicantId);
  if (applicant) {
    for (const deptId of departmentLine(ix, applicant)) {
      const positions = supervised(
        ix.org.supervisions.filter((s) => s.departmentIds.includes(deptId)).map((s) => s.positionId),
      );
      const users = holdersOf(ix, positions);
      if (users.length > 0) {
        const d = ix.department.get(deptId)?.name ?? deptId;
        return {
          users,
          positions,
          reason: {
            zh: `分管「${d}」的领导（${posNames(positions)}）`,
            en: `supervising leader of ${d} (${posNames(positions)})`,
          },
        };
      }
    }
  }
  return {
    users: [],
    positions: [],
    reason: { zh: '申请人的部门没有分管领导', en: "nobody supervises the applicant's department" },
  };
}

function find(ix: OrgIndex, input: ResolveInput, expr: ApproverExpression): Found {
  switch (expr.kind) {
    case 'deptHead':
      return findDeptHead(ix, input.applicantId, expr.level);
    case 'supervisingLeader':
      return findSupervisor(ix, input.applicantId, input.form, expr.by, expr.field);
    case 'position': {
      const positions = ix.org.positions.filter((p) => p.name === expr.name);
      const users = holdersOf(ix, positions);
      return { users, positions, reason: { zh: `岗位「${expr.name}」`, en: `position ${expr.name}` } };
    }
    case 'departmentHead': {
      const dept = departmentByName(ix, expr.name);
      const positions = dept ? headPositions(ix, dept.id) : [];
      return {
        users: holdersOf(ix, positions),
        positions,
        reason: dept
          ? {
              zh: `「${dept.name}」的负责人（${posNames(positions) || '空缺'}）`,
              en: `head of ${dept.name} (${posNames(positions) || 'vacant'})`,
            }
          : { zh: `没有名为「${expr.name}」的部门`, en: `no department is named ${expr.name}` },
      };
    }
    case 'role': {
      const users = ix.org.users.filter((u) => u.active && u.roles.includes(expr.name));
      return { users, positions: [], reason: { zh: `角色「${expr.name}」`, en: `role ${expr.name}` } };
    }
    case 'user': {
      const users = activeUsers(ix, [expr.id]);
      return { users, positions: [], reason: { zh: '指定成员', en: 'a named member' } };
    }
    case 'formUser': {
      const value = input.form[expr.field];
      const users = activeUsers(ix, Array.isArray(value) ? value : [value]);
      return {
        users,
        positions: [],
        reason: {
          zh: `表单字段「${expr.field}」中选择的成员`,
          en: `the member chosen in the form's ${expr.field}`,
        },
      };
    }
    case 'chosenBySubmitter': {
      const users = activeUsers(ix, input.chosenUserIds ?? []);
      return { users, positions: [], reason: { zh: '申请人自选', en: 'chosen by the applicant' } };
    }
    case 'union': {
      const parts = expr.of.map((e) => find(ix, input, e));
      const users: OrgUser[] = [];
      for (const u of parts.flatMap((p) => p.users)) if (!users.includes(u)) users.push(u);
      return {
        users,
        positions: [...new Set(parts.flatMap((p) => p.positions))],
        reason: {
          zh: parts.map((p) => p.reason.zh).join('；'),
          en: parts.map((p) => p.reason.en).join('; '),
        },
      };
    }
  }
}

/**
 * Resolves a virtual position to people, with the reason shown in the simulator and the timeline.
 * Order of rules: find candidates (people who left are never candidates); nobody at all → the
 * tenant's admins, flagged; otherwise drop the applicant and the previous step's approvers (an
 * empty result then means "skip this step", not "fall back"); finally apply delegations.
 */
export function resolveApprovers(input: ResolveInput): Resolution {
  const ix = indexOrg(input.org);
  const found = find(ix, input, input.expression);
  if (found.users.length === 0) {
    const admins = activeUsers(ix, input.org.adminUserIds);
    const reason = {
      zh: `${found.reason.zh}；无人可审批，转由企业管理员处理`,
      en: `${found.reason.en}; nobody to approve, so the tenant admins do`,
    };
    const delegated = applyDelegation(
      ix,
      admins.map((u) => u.id),
      input,
    );
    return {
      userIds: delegated.userIds,
      positions: [],
      reason,
      fallback: true,
      skipped: [],
      delegated: delegated.delegated,
    };
  }

  const skipApplicant = input.options?.skipApplicant ?? true;
  const skipPrevious = input.options?.skipPrevious ?? true;
  const previous = new Set(input.previousApproverIds ?? []);
  const skipped: SkippedUser[] = [];
  const kept: string[] = [];
  for (const u of found.users) {
    if (skipApplicant && u.id === input.applicantId) skipped.push({ userId: u.id, why: 'applicant' });
    else if (skipPrevious && previous.has(u.id)) skipped.push({ userId: u.id, why: 'previous' });
    else kept.push(u.id);
  }
  const reason =
    skipped.length > 0
      ? {
          zh: `${found.reason.zh}：${names(found.users)}${kept.length === 0 ? '；已是申请人或上一步审批人，跳过' : ''}`,
          en: `${found.reason.en}: ${names(found.users)}${kept.length === 0 ? '; already the applicant or the previous approver, skipped' : ''}`,
        }
      : { zh: `${found.reason.zh}：${names(found.users)}`, en: `${found.reason.en}: ${names(found.users)}` };
  const delegated = applyDelegation(ix, kept, input);
  const nameOf = (id: string) => ix.user.get(id)?.name ?? id;
  const handedOn = delegated.delegated
    .map((d) => `${nameOf(d.fromUserId)} → ${nameOf(d.toUserId)}`)
    .join('、');
  return {
    userIds: delegated.userIds,
    positions: [...new Set(found.positions.map((p) => p.name))],
    reason: handedOn
      ? { zh: `${reason.zh}（委托：${handedOn}）`, en: `${reason.en} (delegated: ${handedOn})` }
      : reason,
    fallback: false,
    skipped,
    delegated: delegated.delegated,
  };
}
