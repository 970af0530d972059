import { createHash, randomBytes } from 'node:crypto';
import {
  acceptInvitationRow,
  findTenantByCode,
  findUserByLogin,
  insertInvitation,
  loadOrgSnapshot,
  lockOpenInvitation,
  saveUser,
  withAppRole,
  withTenant,
} from '@signoff/db';
import { AppError, errors } from '../trpc/app-error.js';
import { audit } from '../audit/audit.js';
import type { ApiDeps } from '../trpc/context.js';
import type { ServiceContext } from '../trpc/service-context.js';
import type { LoginCall } from './login-service.js';
import { hashPassword } from './password.js';
import { checkPassword } from './password-policy.js';
import { startSession } from './session.js';

const INVITE_DAYS = 7;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

const badCode = () =>
  new AppError('not_found', 'errors.badInvitation', {
    zh: '邀请码无效、已使用或已过期',
    en: 'The invitation code is invalid, used or expired',
  });

/** A tenant admin invites someone into a department; the code is shown once and valid for a week. */
export function inviteUser(
  ctx: ServiceContext,
  input: { name: string; departmentId: string; rankId: string | null; email?: string | null | undefined },
) {
  const { deps, session } = ctx;
  return ctx.tx(async (tx) => {
    const org = await loadOrgSnapshot(tx, session.tenantId);
    if (!org.departments.some((d) => d.id === input.departmentId))
      throw errors.notFound({ zh: '部门', en: 'The department' });
    if (input.rankId && !org.ranks.some((r) => r.id === input.rankId))
      throw errors.notFound({ zh: '职级', en: 'The rank' });
    const code = randomBytes(18).toString('base64url');
    const now = deps.clock();
    const id = deps.newId();
    const expiresAt = new Date(now.getTime() + INVITE_DAYS * 86_400_000).toISOString();
    await insertInvitation(tx, session.tenantId, {
      id,
      codeHash: sha256(code),
      name: input.name,
      email: input.email ?? null,
      departmentId: input.departmentId,
      rankId: input.rankId,
      createdBy: session.userId,
      createdAt: now.toISOString(),
      expiresAt,
    });
    await audit(tx, deps, session.tenantId, session.userId, 'org.invite', `invitation:${id}`, {
      name: input.name,
      departmentId: input.departmentId,
    });
    return { id, code, expiresAt };
  });
}

export interface AcceptInvitationInput {
  tenantCode: string;
  code: string;
  login: string;
  password: string;
}

/**
 * Sign-up by invitation, then signed in. Like login it takes the public call's context (there is no
 * viewer yet) and counts against the same per-address limit, so codes cannot be guessed unchecked.
 */
export async function acceptInvitation(ctx: LoginCall, input: AcceptInvitationInput): Promise<{ ok: true }> {
  const wait = ctx.deps.loginLimits.byIp.hit(ctx.ip, ctx.deps.clock().getTime());
  if (wait > 0) throw errors.tooManyLogins(wait);
  const { tenantId, userId } = await joinByInvitation(ctx.deps, input);
  await startSession(ctx.deps, ctx.cookies, tenantId, userId, ctx.session);
  return { ok: true as const };
}

/**
 * The invitee picks a login and a password (the same policy as every password) and becomes a
 * member of the department they were invited into. A code works once.
 */
async function joinByInvitation(
  deps: ApiDeps,
  input: AcceptInvitationInput,
): Promise<{ tenantId: string; userId: string }> {
  const tenant = await withAppRole(deps.db, (tx) => findTenantByCode(tx, input.tenantCode));
  if (!tenant || tenant.status !== 'active') throw badCode();
  const problems = checkPassword(input.password, input.login, {
    companyName: tenant.name,
    companyCode: input.tenantCode,
  });
  if (problems.length > 0)
    throw errors.weakPassword(problems.map((p) => ({ path: 'password', message: p.message })));
  const passwordHash = await hashPassword(input.password);
  return withTenant(deps.db, tenant.id, async (tx) => {
    const now = deps.clock();
    const invitation = await lockOpenInvitation(tx, tenant.id, sha256(input.code), now);
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
      departmentId: invitation.departmentId,
      secondaryDepartmentIds: [],
      rankId: invitation.rankId,
      positionIds: [],
      roles: [],
      active: true,
      passwordHash,
      email: invitation.email,
    });
    await acceptInvitationRow(tx, tenant.id, invitation.id, userId);
    await audit(tx, deps, tenant.id, userId, 'auth.acceptInvitation', `user:${userId}`, {
      invitation: invitation.id,
    });
    return { tenantId: tenant.id, userId };
  });
}
