import { withPlatform } from '@signoff/db';
import { toAppErrorData, type AppErrorData } from '../trpc/app-error.js';
import { createTenant } from '../tenants/tenant-admin.js';
import type { Harness, TestBrowser } from './api-harness.js';

/** The typed error a call was refused with; fails the test when the call went through. */
export async function refusal(call: Promise<unknown>): Promise<AppErrorData> {
  try {
    await call;
  } catch (e) {
    return toAppErrorData(e instanceof Error && e.cause ? e.cause : e);
  }
  throw new Error('the call was expected to be refused');
}

export async function loginAs(h: Harness, login: string): Promise<TestBrowser> {
  const b = h.browser();
  await b.login(login);
  return b;
}

/** Gives a demo user roles (e.g. `designer`) as an admin would in the org page. */
export async function setRoles(h: Harness, login: string, roles: string[]): Promise<void> {
  await withPlatform(h.t.db, (tx) =>
    tx.query('UPDATE users SET roles = $2::text[] WHERE login = $1', [login, roles]),
  );
}

/** The admin of a second tenant, logged in (initial password changed): for calls with the demo tenant's ids. */
export async function foreignAdmin(h: Harness, code = 'beta'): Promise<TestBrowser> {
  const created = await createTenant(h.deps, {
    code,
    name: `${code} 公司`,
    adminLogin: `${code}.admin`,
    adminName: `${code} 管理员`,
  });
  const b = h.browser('10.0.0.9');
  await b.login(`${code}.admin`, created.temporaryPassword, code);
  await (
    await b.api()
  ).auth.changePassword({ currentPassword: created.temporaryPassword, newPassword: 'Foreign-canyon-72' });
  return b;
}

/** A small form and route that publish without problems in the demo tenant. */
export function smallDesign(key: string, title = { zh: '费用报销', en: 'Expense claim' }) {
  return {
    model: {
      modelVersion: 1,
      key,
      title,
      fields: [
        { key: 'amount', type: 'number', label: { zh: '金额', en: 'Amount' }, required: true, min: 0 },
      ],
    },
    flow: {
      key,
      nodes: [
        { id: 'start', type: 'start', name: { zh: '发起', en: 'Start' } },
        {
          id: 'head',
          type: 'approve',
          name: { zh: '部门负责人审批', en: 'Head' },
          approvers: { kind: 'deptHead', level: 1 },
          mode: 'single',
        },
        { id: 'end', type: 'end', name: { zh: '结束', en: 'End' } },
      ],
      edges: [
        { id: 'e1', from: 'start', to: 'head' },
        { id: 'e2', from: 'head', to: 'end' },
      ],
    },
  };
}

/** The seeded leave form's id, as the start page lists it. */
export async function leaveId(b: TestBrowser): Promise<string> {
  const leave = (await (await b.api()).forms.listPublished()).find((f) => f.key === 'leave');
  if (!leave) throw new Error('the demo tenant has no leave form');
  return leave.templateId;
}
