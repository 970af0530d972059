import { login, type Session } from '../harness/http-session.js';

/**
 * A sixth person in the demo tenant (the 或签 needs five approvers besides the applicant), added
 * as an admin does it: org.saveUser with an initial password, then the first login's required change.
 */
export async function addApprover(
  admin: Session,
  baseUrl: string,
  loginName: string,
): Promise<{ id: string; session: Session }> {
  const initial = 'Init#Race2026x';
  const final = 'Qk7#Tiger-Lamp93';
  const saved = await admin.mutate<{ id: string }>('org.saveUser', {
    login: loginName,
    name: '钱七',
    departmentId: 'd-eng',
    rankId: 'r-staff',
    initialPassword: initial,
  });
  if (!saved.ok) throw new Error(`saveUser: ${saved.raw}`);
  const first = await login(baseUrl, loginName, { password: initial });
  const changed = await first.mutate('auth.changePassword', { currentPassword: initial, newPassword: final });
  if (!changed.ok) throw new Error(`changePassword: ${changed.raw}`);
  return { id: saved.data.id, session: await login(baseUrl, loginName, { password: final }) };
}
