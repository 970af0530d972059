import {
  deleteDelegation,
  deleteDepartment,
  deletePosition,
  deleteRank,
  deleteSupervision,
  deleteUserSessions,
  insertDelegation,
  listDelegations,
  loadOrgSnapshot,
  saveDepartment,
  savePosition,
  saveRank,
  saveSupervision,
  saveUser,
  setPassword,
  userDirectory,
  withTenant,
  type Queryable,
} from '@signoff/db';
import {
  validateOrg,
  type Department,
  type OrgSnapshot,
  type OrgUser,
  type Position,
  type Rank,
  type Supervision,
} from '@signoff/org';
import { AppError, errors, type Localized } from '../trpc/app-error.js';
import type { ApiDeps, SessionContext } from '../trpc/context.js';
import { randomInt } from 'node:crypto';
import { hashPassword } from '../auth/password.js';
import { audit } from '../audit/audit.js';
import { checkPassword } from '../auth/password-policy.js';

const DEPARTMENT = { zh: '部门', en: 'The department' };
const POSITION = { zh: '岗位', en: 'The position' };
const RANK = { zh: '职级', en: 'The rank' };
const USER = { zh: '人员', en: 'The user' };
const DELEGATION = { zh: '委托', en: 'The delegation' };

const refused = (message: Localized) => new AppError('conflict', 'errors.orgRefused', message);

/**
 * Applies a change to the org in memory, checks the whole result with the pure `validateOrg`, and
 * only then writes. A refused change names every rule it breaks and writes nothing.
 */
function checked(org: OrgSnapshot): void {
  const problems = validateOrg(org);
  if (problems.length === 0) return;
  throw new AppError(
    'validation_failed',
    'errors.invalidOrg',
    { zh: problems.map((p) => p.message.zh).join('；'), en: problems.map((p) => p.message.en).join('; ') },
    problems.map((p) => ({ path: p.subject, message: p.message })),
  );
}

function inTenant<T>(
  deps: ApiDeps,
  session: SessionContext,
  fn: (tx: Queryable, org: OrgSnapshot) => Promise<T>,
  action?: string,
) {
  return withTenant(deps.db, session.tenantId, async (tx) => {
    const result = await fn(tx, await loadOrgSnapshot(tx, session.tenantId));
    if (action) {
      // what changed, minus secrets: a reset's one-time password never reaches the log
      const { temporaryPassword: _secret, ...data } = (
        typeof result === 'object' && result !== null ? result : { result }
      ) as Record<string, unknown>;
      await audit(tx, deps, session.tenantId, session.userId, action, `org:${session.tenantId}`, data);
    }
    return result;
  });
}

const must = <T>(v: T | undefined, what: Localized): T => {
  if (v === undefined) throw errors.notFound(what);
  return v;
};

/** The whole org as the admin screens and pickers show it. */
export function orgView(deps: ApiDeps, session: SessionContext) {
  return inTenant(deps, session, async (tx, org) => {
    const [directory, delegations] = await Promise.all([
      userDirectory(tx, session.tenantId),
      listDelegations(tx, session.tenantId),
    ]);
    const byId = new Map(directory.map((d) => [d.id, d]));
    return {
      departments: org.departments,
      positions: org.positions,
      ranks: [...org.ranks].sort((a, b) => a.order - b.order),
      supervisions: org.supervisions,
      users: org.users.map((u) => ({
        ...u,
        login: byId.get(u.id)?.login ?? '',
        leftAt: byId.get(u.id)?.leftAt ?? null,
        email: byId.get(u.id)?.email ?? null,
      })),
      delegations,
    };
  });
}

export function saveDepartmentOp(
  deps: ApiDeps,
  session: SessionContext,
  input: Omit<Department, 'id'> & { id?: string },
) {
  return inTenant(
    deps,
    session,
    async (tx, org) => {
      const existing =
        input.id === undefined
          ? undefined
          : must(
              org.departments.find((d) => d.id === input.id),
              DEPARTMENT,
            );
      const dept: Department = { ...input, id: existing?.id ?? deps.newId() };
      checked({ ...org, departments: [...org.departments.filter((d) => d.id !== dept.id), dept] });
      await saveDepartment(tx, session.tenantId, dept);
      return dept;
    },
    'org.saveDepartment',
  );
}

export function deleteDepartmentOp(deps: ApiDeps, session: SessionContext, id: string) {
  return inTenant(
    deps,
    session,
    async (tx, org) => {
      const dept = must(
        org.departments.find((d) => d.id === id),
        DEPARTMENT,
      );
      const children = org.departments.filter((d) => d.parentId === id).length;
      const members = org.users.filter(
        (u) => u.departmentId === id || u.secondaryDepartmentIds.includes(id),
      ).length;
      const seats = org.positions.filter((p) => p.departmentId === id).length;
      if (children + members + seats > 0) {
        throw refused({
          zh: `部门「${dept.name}」下还有 ${children} 个子部门、${seats} 个岗位、${members} 名人员，请先移走`,
          en: `${dept.name} still has ${children} sub-departments, ${seats} positions and ${members} members; move them first`,
        });
      }
      await deleteDepartment(tx, session.tenantId, id);
      return { ok: true as const };
    },
    'org.deleteDepartment',
  );
}

export function savePositionOp(
  deps: ApiDeps,
  session: SessionContext,
  input: Omit<Position, 'id'> & { id?: string },
) {
  return inTenant(
    deps,
    session,
    async (tx, org) => {
      const existing =
        input.id === undefined
          ? undefined
          : must(
              org.positions.find((p) => p.id === input.id),
              POSITION,
            );
      const position: Position = { ...input, id: existing?.id ?? deps.newId() };
      checked({ ...org, positions: [...org.positions.filter((p) => p.id !== position.id), position] });
      await savePosition(tx, session.tenantId, position);
      return position;
    },
    'org.savePosition',
  );
}

export function deletePositionOp(deps: ApiDeps, session: SessionContext, id: string) {
  return inTenant(
    deps,
    session,
    async (tx, org) => {
      const position = must(
        org.positions.find((p) => p.id === id),
        POSITION,
      );
      const holders = org.users.filter((u) => u.positionIds.includes(id));
      const heads = org.departments.filter((d) => d.headPositionId === id);
      if (holders.length + heads.length > 0) {
        throw refused({
          zh: `岗位「${position.name}」还有 ${holders.length} 名任职人员${heads.length ? `，并负责虚拟部门「${heads.map((d) => d.name).join('、')}」` : ''}，请先调整`,
          en: `${position.name} still has ${holders.length} holders${heads.length ? ` and heads ${heads.map((d) => d.name).join(', ')}` : ''}; reassign first`,
        });
      }
      await deletePosition(tx, session.tenantId, id);
      return { ok: true as const };
    },
    'org.deletePosition',
  );
}

export function saveRankOp(
  deps: ApiDeps,
  session: SessionContext,
  input: Omit<Rank, 'id'> & { id?: string },
) {
  return inTenant(
    deps,
    session,
    async (tx, org) => {
      if (input.id !== undefined)
        must(
          org.ranks.find((r) => r.id === input.id),
          RANK,
        );
      const rank: Rank = { ...input, id: input.id ?? deps.newId() };
      if (org.ranks.some((r) => r.id !== rank.id && r.name === rank.name)) {
        throw refused({ zh: `职级「${rank.name}」已存在`, en: `the rank ${rank.name} already exists` });
      }
      await saveRank(tx, session.tenantId, rank);
      return rank;
    },
    'org.saveRank',
  );
}

export function deleteRankOp(deps: ApiDeps, session: SessionContext, id: string) {
  return inTenant(
    deps,
    session,
    async (tx, org) => {
      const rank = must(
        org.ranks.find((r) => r.id === id),
        RANK,
      );
      const users = org.users.filter((u) => u.rankId === id).length;
      if (users > 0)
        throw refused({
          zh: `还有 ${users} 名人员属于职级「${rank.name}」`,
          en: `${users} users still hold the rank ${rank.name}`,
        });
      await deleteRank(tx, session.tenantId, id);
      return { ok: true as const };
    },
    'org.deleteRank',
  );
}

export function setSupervisionOp(deps: ApiDeps, session: SessionContext, input: Supervision) {
  return inTenant(
    deps,
    session,
    async (tx, org) => {
      must(
        org.positions.find((p) => p.id === input.positionId),
        POSITION,
      );
      if (input.departmentIds.length === 0 && input.categories.length === 0) {
        await deleteSupervision(tx, session.tenantId, input.positionId);
        return input;
      }
      checked({
        ...org,
        supervisions: [...org.supervisions.filter((s) => s.positionId !== input.positionId), input],
      });
      await saveSupervision(tx, session.tenantId, input);
      return input;
    },
    'org.setSupervision',
  );
}

export interface UserInput extends Omit<OrgUser, 'id' | 'active'> {
  id?: string;
  login: string;
  email?: string | null | undefined;
  /** for a new user: an initial password they must change at first login */
  initialPassword?: string;
}

export function saveUserOp(deps: ApiDeps, session: SessionContext, input: UserInput) {
  return inTenant(
    deps,
    session,
    async (tx, org) => {
      const existing =
        input.id === undefined
          ? undefined
          : must(
              org.users.find((u) => u.id === input.id),
              USER,
            );
      const directory = await userDirectory(tx, session.tenantId);
      const clash = directory.find(
        (d) => d.login.toLowerCase() === input.login.toLowerCase() && d.id !== existing?.id,
      );
      if (clash)
        throw refused({ zh: `账号「${input.login}」已被使用`, en: `the login ${input.login} is taken` });
      const { initialPassword, login, email, ...fields } = input;
      const user: OrgUser = { ...fields, id: existing?.id ?? deps.newId(), active: existing?.active ?? true };
      checked({ ...org, users: [...org.users.filter((u) => u.id !== user.id), user] });
      const leftAt = directory.find((d) => d.id === user.id)?.leftAt ?? null;
      await saveUser(tx, session.tenantId, {
        ...user,
        login,
        leftAt,
        ...(email !== undefined ? { email } : {}),
        ...(existing ? {} : { passwordHash: initialPassword ? await hashPassword(initialPassword) : null }),
      });
      return { ...user, login, email: email ?? null };
    },
    'org.saveUser',
  );
}

/**
 * A leaver is deactivated, never deleted: their requests, approvals and audit entries keep
 * pointing at them. Their sessions end at once; the resolver stops returning them.
 */
export function setUserLeftOp(deps: ApiDeps, session: SessionContext, input: { id: string; left: boolean }) {
  return inTenant(
    deps,
    session,
    async (tx, org) => {
      const user = must(
        org.users.find((u) => u.id === input.id),
        USER,
      );
      if (input.left && user.id === session.userId)
        throw refused({ zh: '不能将自己设为离职', en: 'you cannot mark yourself as left' });
      const login = (await userDirectory(tx, session.tenantId)).find((d) => d.id === user.id)?.login ?? '';
      const leftAt = input.left ? deps.clock().toISOString() : null;
      await saveUser(tx, session.tenantId, { ...user, login, active: !input.left, leftAt });
      const sessionsEnded = input.left ? await deleteUserSessions(tx, session.tenantId, user.id) : 0;
      return { id: user.id, active: !input.left, leftAt, sessionsEnded };
    },
    'org.setUserLeft',
  );
}

export function createDelegationOp(
  deps: ApiDeps,
  session: SessionContext,
  isAdmin: boolean,
  input: { fromUserId: string; toUserId: string; from: string; to: string; templateKeys: string[] },
) {
  return inTenant(
    deps,
    session,
    async (tx, org) => {
      // Anyone may hand their own tasks to a colleague while away; only admins may do it for others.
      if (input.fromUserId !== session.userId && !isAdmin) throw errors.forbidden();
      const to = must(
        org.users.find((u) => u.id === input.toUserId),
        USER,
      );
      must(
        org.users.find((u) => u.id === input.fromUserId),
        USER,
      );
      if (!to.active)
        throw refused({
          zh: `「${to.name}」已离职，不能接受委托`,
          en: `${to.name} has left and cannot stand in`,
        });
      const row = {
        ...input,
        id: deps.newId(),
        from: new Date(input.from).toISOString(),
        to: new Date(input.to).toISOString(),
      };
      checked({ ...org, delegations: [...org.delegations, row] });
      await insertDelegation(tx, session.tenantId, row);
      return row;
    },
    'org.createDelegation',
  );
}

export function deleteDelegationOp(deps: ApiDeps, session: SessionContext, isAdmin: boolean, id: string) {
  return inTenant(
    deps,
    session,
    async (tx) => {
      const row = must(
        (await listDelegations(tx, session.tenantId)).find((d) => d.id === id),
        DELEGATION,
      );
      if (row.fromUserId !== session.userId && !isAdmin) throw errors.forbidden();
      await deleteDelegation(tx, session.tenantId, id);
      return { ok: true as const };
    },
    'org.deleteDelegation',
  );
}

// No 0/O, 1/l/I: the admin reads the password out to the person.
const TEMP_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789';

/** A one-time password: random, readable aloud, and passing the same policy as a chosen one. */
export function temporaryPassword(login: string): string {
  for (;;) {
    const body = Array.from({ length: 10 }, () => TEMP_ALPHABET[randomInt(TEMP_ALPHABET.length)] ?? 'x').join(
      '',
    );
    const candidate = `${body}#${randomInt(10, 100)}`;
    if (checkPassword(candidate, login).length === 0) return candidate;
  }
}

/**
 * Seed 001: a lost password is restored by the system administrator. The new one is shown once,
 * must be changed at the next login, and every session of the user ends now.
 */
export function resetPasswordOp(deps: ApiDeps, session: SessionContext, userId: string) {
  return inTenant(
    deps,
    session,
    async (tx, org) => {
      const user = must(
        org.users.find((u) => u.id === userId),
        USER,
      );
      if (!user.active) throw refused({ zh: `「${user.name}」已离职`, en: `${user.name} has left` });
      const login = (await userDirectory(tx, session.tenantId)).find((d) => d.id === userId)?.login ?? '';
      const password = temporaryPassword(login);
      await setPassword(tx, session.tenantId, userId, await hashPassword(password), true);
      const sessionsEnded = await deleteUserSessions(tx, session.tenantId, userId);
      return { temporaryPassword: password, sessionsEnded };
    },
    'org.resetPassword',
  );
}
