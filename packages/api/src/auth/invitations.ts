import { createHash, randomBytes } from 'node:crypto';
import {
  findTenantByCode,
  findUserByLogin,
  loadOrgSnapshot,
  saveUser,
  withAppRole,
  withTenant,
  type Queryable,
} from '@signoff/db';
import { AppError, errors } from '../trpc/app-error.js';
import { audit } from '../audit/audit.js';
import type { ApiDeps, SessionContext } from '../trpc/context.js';
import { hashPassword } from './password.js';
import { checkPassword } from './password-policy.js';

const INVITE_DAYS = 7;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

const badCode = () =>
  new AppError('not_found', 'errors.badInvitation', {
    zh: '邀请码无效、已使用或已过期',
    en: 'The invitation code is invalid, used or expired',
  });

/** A tenant admin invites someone into a department; the code is shown once and valid for a week. */
export function inviteUser(
  deps: ApiDeps,
  session: SessionContext,
  input: { name: string; departmentId: string; rankId: string | null; email?: string | null | undefined },
) {
  return withTenant(deps.db, session.tenantId, async (tx) => {
    const org = await loadOrgSnapshot(tx, session.tenantId);
    if (!org.departments.some((d) => d.id === input.departmentId))
      throw errors.notFound({ zh: '部门', en: 'The department' });
    if (input.rankId && !org.ranks.some((r) => r.id === input.rankId))
      throw errors.notFound({ zh: '职级', en: 'The rank' });
    const code = randomBytes(18).toString('base64url');
    const now = deps.clock();
    const id = deps.newId();
    const expiresAt = new Date(now.getTime() + INVITE_DAYS * 86_400_000).toISOString();
    await tx.query(
      `INSERT INTO invitations (tenant_id, id, code_hash, name, email, department_id, rank_id, created_by, created_at, expires_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)`,
      [
        session.tenantId,
        id,
        sha256(code),
        input.name,
        input.email ?? null,
        input.departmentId,
        input.rankId,
        session.userId,
        now.toISOString(),
        expiresAt,
      ],
    );
    await audit(tx, deps, session.tenantId, session.userId, 'org.invite', `invitation:${id}`, {
      name: input.name,
      departmentId: input.departmentId,
    });
    return { id, code, expiresAt };
  });
}

async function openInvitation(tx: Queryable, tenantId: string, code: string, now: Date) {
  const rows = await tx.query<{
    id: string;
    name: string;
    email: string | null;
    department_id: string;
    rank_id: string | null;
  }>(
    'SELECT id, name, email, department_id, rank_id FROM invitations WHERE tenant_id = $1 AND code_hash = $2 AND accepted_user_id IS NULL AND expires_at > $3 FOR UPDATE',
    [tenantId, sha256(code), now.toISOString()],
  );
  return rows[0] ?? null;
}

/**
 * The invitee picks a login and a password (the same policy as every password) and becomes a
 * member of the department they were invited into. A code works once.
 */
export async function acceptInvitation(
  deps: ApiDeps,
  input: { tenantCode: string; code: string; login: string; password: string },
): Promise<{ tenantId: string; userId: string }> {
  const tenant = await withAppRole(deps.db, (tx) => findTenantByCode(tx, input.tenantCode));
  if (!tenant || tenant.status !== 'active') throw badCode();
  const problems = checkPassword(input.password, input.login);
  if (problems.length > 0)
    throw errors.weakPassword(problems.map((p) => ({ path: 'password', message: p.message })));
  const passwordHash = await hashPassword(input.password);
  return withTenant(deps.db, tenant.id, async (tx) => {
    const now = deps.clock();
    const invitation = await openInvitation(tx, tenant.id, input.code, now);
    if (!invitation) throw badCode();
    if (await findUserByLogin(tx, tenant.id, input.login)) {
      throw errors.invalidForm([
        {
          path: 'login',
          message: { zh: `账号「${input.login}」已被使用`, en: `The login ${input.login} is taken` },
        },
      ]);
    }
    const userId = deps.newId();
    await saveUser(tx, tenant.id, {
      id: userId,
      login: input.login,
      name: invitation.name,
      departmentId: invitation.department_id,
      secondaryDepartmentIds: [],
      rankId: invitation.rank_id,
      positionIds: [],
      roles: [],
      active: true,
      passwordHash,
      email: invitation.email,
    });
    // chosen by the person themself: no change required at first login
    await tx.query('UPDATE users SET must_change_password = false WHERE tenant_id = $1 AND id = $2', [
      tenant.id,
      userId,
    ]);
    await tx.query('UPDATE invitations SET accepted_user_id = $3 WHERE tenant_id = $1 AND id = $2', [
      tenant.id,
      invitation.id,
      userId,
    ]);
    await audit(tx, deps, tenant.id, userId, 'auth.acceptInvitation', `user:${userId}`, {
      invitation: invitation.id,
    });
    return { tenantId: tenant.id, userId };
  });
}
