import type { OrgSnapshot } from '@signoff/org';
import type { ValueLookup } from './history-values.js';

/**
 * People by login, then by name, among everyone of the org (leavers too: history names them); a
 * name two people share must be written as a login.
 */
export function personLookup(org: OrgSnapshot, logins: Record<string, string>): ValueLookup['person'] {
  const byLogin = new Map(Object.entries(logins).map(([id, login]) => [login.toLowerCase(), id]));
  const byName = new Map<string, string[]>();
  for (const u of org.users) byName.set(u.name, [...(byName.get(u.name) ?? []), u.id]);
  return (text) => {
    const id = byLogin.get(text.trim().toLowerCase());
    if (id) return { id };
    const named = byName.get(text.trim()) ?? [];
    if (named.length === 1 && named[0]) return { id: named[0] };
    if (named.length > 1)
      return {
        problem: {
          zh: `有 ${named.length} 人叫「${text}」，请写账号`,
          en: `${named.length} people are called ${text}; write the login instead`,
        },
      };
    return {
      problem: {
        zh: `「${text}」不是本企业组织中的人员（按姓名或账号查找）`,
        en: `${text} is nobody in the company's org (by name or login)`,
      },
    };
  };
}
