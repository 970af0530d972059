import {
  clearLoginFailures,
  deleteUserSessions,
  saveUser,
  setPassword,
  userDirectory,
  type Queryable,
} from '@signoff/db';
import type { OrgSnapshot, OrgUser } from '@signoff/org';
import { randomInt } from 'node:crypto';
import type { ServiceContext } from '../trpc/service-context.js';
import { hashPassword } from '../auth/password.js';
import { checkPassword } from '../auth/password-policy.js';
import { USER, checked, existingOf, inTenant, must, refused } from './org-edit.js';

export interface UserInput extends Omit<OrgUser, 'id' | 'active'> {
  id?: string;
  login: string;
  email?: string | null | undefined;
  /** for a new user: an initial password they must change at first login */
  initialPassword?: string;
}

export function saveUserOp(ctx: ServiceContext, input: UserInput) {
  const { deps, session } = ctx;
  return inTenant(
    ctx,
    async (tx, org) => {
      const existing = existingOf(org.users, input.id, USER);
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

/** The person in the org and their account row (login, lock), or not found. */
async function accountOf(tx: Queryable, ctx: ServiceContext, org: OrgSnapshot, userId: string) {
  const user = must(
    org.users.find((u) => u.id === userId),
    USER,
  );
  const entry = (await userDirectory(tx, ctx.session.tenantId)).find((d) => d.id === userId);
  return { user, entry };
}

/**
 * Seed 001: a lost password is restored by the system administrator. The new one is shown once,
 * must be changed at the next login, and every session of the user ends now.
 */
export function resetPasswordOp(ctx: ServiceContext, { id: userId }: { id: string }) {
  const { session } = ctx;
  return inTenant(
    ctx,
    async (tx, org) => {
      const { user, entry } = await accountOf(tx, ctx, org, userId);
      if (!user.active) throw refused({ zh: `「${user.name}」已离职`, en: `${user.name} has left` });
      const login = entry?.login ?? '';
      const password = temporaryPassword(login);
      await setPassword(tx, session.tenantId, userId, await hashPassword(password), true);
      const sessionsEnded = await deleteUserSessions(tx, session.tenantId, userId);
      return { temporaryPassword: password, sessionsEnded };
    },
    'org.resetPassword',
  );
}

/**
 * Ends a lockout after repeated wrong passwords at once, for a person on the phone who remembers
 * their password; the count of failures starts again from zero.
 */
export function unlockUserOp(ctx: ServiceContext, { id: userId }: { id: string }) {
  const { session } = ctx;
  return inTenant(
    ctx,
    async (tx, org) => {
      const { user, entry } = await accountOf(tx, ctx, org, userId);
      const wasLocked = entry?.lockedUntil != null && new Date(entry.lockedUntil) > ctx.deps.clock();
      await clearLoginFailures(tx, session.tenantId, user.id);
      return { id: user.id, wasLocked };
    },
    'org.unlockUser',
  );
}
