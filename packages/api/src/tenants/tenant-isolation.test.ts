import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAppRole, withTenant } from '@signoff/db';
import { testBackends } from '@signoff/db/testing';
import { leaveRouteExample } from '@signoff/flow';
import { toAppErrorData, type AppErrorData } from '../trpc/app-error.js';
import { appRouter } from '../app-router.js';
import { attachToRequest, uploadAttachment } from '../attachments/attachment-service.js';
import { SESSION_COOKIE } from '../trpc/context.js';
import { serviceContextFor } from '../trpc/service-context.js';
import { DEMO_PASSWORD, leaveFormModel } from '../demo/demo-seed.js';
import { resolveSession } from '../auth/session.js';
import { createTenant } from './tenant-admin.js';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';
import { historyWorkbook } from '../history-import/history-workbook-writer.js';

/**
 * Issue 7: for every procedure of the router, an admin of tenant B calling with tenant A's ids is
 * refused or sees nothing of A. The procedures are read from the router itself, so a new one is
 * covered the day it is added: by the generic inputs below ({ id }, { instanceId }, { taskId }…)
 * when they fit its input, else it must be given inputs in INPUTS, or this test fails.
 */

/** What a refusal may be. `internal` is not: a 500 means a check is missing. */
const REFUSALS = new Set(['not_found', 'forbidden', 'bad_request', 'validation_failed', 'unauthorized']);
const B_PASSWORD = 'Bright-canyon-72';

/** Tenant A (the demo tenant) as the test knows it. */
interface Alpha {
  tenantId: string;
  templateId: string;
  draftTemplateId: string;
  instanceId: string;
  serialNo: string;
  taskId: string;
  notificationIds: string[];
  webhookId: string;
  tokenId: string;
  folderId: string;
  grantId: string;
  delegationId: string;
  invitationId: string;
  invitationCode: string;
  attachmentId: string;
  /** an image of A's, saved as 张三's signature */
  signatureId: string;
  /** one id of every kind, for the generic `{ id }` input */
  kindIds: string[];
  /** every `id` of every A row in the database, read after the setup */
  allIds: Set<string>;
  /** texts only A has */
  markers: string[];
}

interface Beta {
  tenantId: string;
  adminId: string;
  rootDepartmentId: string;
  templateId: string;
  instanceId: string;
  taskId: string;
  settings: Record<string, unknown>;
}

interface Case {
  input: unknown;
  /** texts of A the input carries in a form the echo check cannot see (a base64 file) */
  echoes?: string[];
  /** what a successful answer must also satisfy */
  check?: (result: unknown) => string | null;
}

const day = (d: string) => `${d}T00:00:00.000Z`;
const RANGE = { from: day('2026-01-01'), to: day('2027-01-01') };

// A's people and form in another system's export: B's admin may import only into B, where they do not exist
const HISTORY_XLSX = await historyWorkbook({
  请假申请: [
    ['编号', '申请人', '提交时间', '结果', '假期类型', '请假天数', '请假事由', '审批记录'],
    ['OA-A-0001', 'zhang.san', '2024-03-01 09:00', '同意', '事假', 1, '越权', '李四 同意 2024-03-01 10:00'],
  ],
});
const HISTORY_ECHOES = ['OA-A-0001', 'zhang.san', '李四', '请假申请', '越权'];

/** Inputs for the procedures the generic ones do not fit (or fit too loosely). */
const INPUTS: Record<string, (a: Alpha, b: Beta) => Case[]> = {
  'auth.login': (a) => [
    { input: { tenantCode: 'beta', login: 'zhang.san', password: DEMO_PASSWORD } },
    { input: { tenantCode: 'beta', login: 'u-zhang', password: DEMO_PASSWORD } },
    // B's admin credentials at A: A has no such login (so A's lockout counters are not touched either)
    { input: { tenantCode: 'demo', login: 'beta.admin', password: B_PASSWORD } },
    { input: { tenantCode: a.tenantId, login: 'zhang.san', password: DEMO_PASSWORD } },
  ],
  'auth.acceptInvitation': (a) => [
    { input: { tenantCode: 'beta', code: a.invitationCode, login: 'alpha.thief', password: B_PASSWORD } },
  ],
  'auth.changePassword': () => [
    { input: { currentPassword: DEMO_PASSWORD, newPassword: 'Another-canyon-73' } },
  ],
  'simulationCases.save': (a) => [
    {
      input: {
        templateId: a.templateId,
        name: '越权',
        applicant: { userId: 'u-zhang' },
        formData: { days: 1 },
        expected: [],
      },
    },
  ],
  'simulationCases.delete': (a) => [{ input: { templateId: a.templateId, caseId: 'c-none' } }],
  'forms.saveDraft': (a) => [
    {
      input: {
        templateId: a.templateId,
        key: 'leave',
        title: { zh: '请假', en: 'Leave' },
        serialPrefix: 'QJ',
        draft: { model: leaveFormModel(), flow: leaveRouteExample() },
      },
    },
    {
      input: {
        templateId: a.draftTemplateId,
        key: 'alpha-draft',
        title: { zh: '草稿', en: 'Draft' },
        serialPrefix: 'AD',
        draft: { model: leaveFormModel(), flow: leaveRouteExample() },
      },
    },
  ],
  'forms.version': (a) => [
    { input: { templateId: a.templateId, version: 1 } },
    { input: { templateId: a.draftTemplateId, version: 1 } },
  ],
  'instances.submit': (a) => [
    { input: { templateId: a.templateId, data: { type: '事假', days: 1, reason: '越权' } } },
  ],
  'inbox.search': (a) => [
    ...(['todo', 'done', 'cc', 'started'] as const).map((box) => ({ input: { box } })),
    { input: { box: 'started', q: a.serialNo } },
    { input: { box: 'todo', templateKey: 'leave' } },
    { input: { box: 'todo', urgent: true } },
    { input: { box: 'started', urgent: false } },
  ],
  'inbox.counts': () => [
    // B's admin started one request of B's and has no task
    {
      input: undefined,
      check: (r) =>
        (r as { started: number; todo: number }).started === 1 && (r as { todo: number }).todo === 0
          ? null
          : `counted ${JSON.stringify(r)}`,
    },
  ],
  'actions.batchApprove': (a) => [
    {
      input: { taskIds: [a.taskId] },
      check: (r) => ((r as { approved: number }).approved === 0 ? null : 'approved a task of A'),
    },
  ],
  'org.saveDepartment': (a, b) => [
    { input: { id: 'd-eng', name: '越权', parentId: 'd-root' } },
    { input: { id: 'd-eng', name: '越权', parentId: b.rootDepartmentId } },
    { input: { name: '越权', parentId: 'd-eng' } },
    { input: { name: '越权', parentId: b.rootDepartmentId, headPositionId: 'p-eng-head' } },
  ],
  'org.savePosition': (_a, b) => [
    { input: { name: '越权', departmentId: 'd-eng' } },
    { input: { id: 'p-eng-head', name: '越权', departmentId: b.rootDepartmentId } },
  ],
  'org.saveRank': () => [{ input: { id: 'r-staff', name: '越权', order: 9 } }],
  'org.setSupervision': (_a, b) => [
    { input: { positionId: 'p-vp-eng', departmentIds: ['d-eng'], categories: ['越权'] } },
    { input: { positionId: 'p-vp-eng', departmentIds: [b.rootDepartmentId], categories: [] } },
  ],
  'org.saveUser': (_a, b) => [
    { input: { id: 'u-zhang', login: 'zhang.san', name: '越权', departmentId: 'd-eng', rankId: 'r-staff' } },
    {
      input: {
        id: 'u-zhang',
        login: 'zhang.san',
        name: '越权',
        departmentId: b.rootDepartmentId,
        rankId: null,
      },
    },
    { input: { login: 'thief', name: '越权', departmentId: 'd-eng', rankId: null } },
    {
      input: {
        login: 'thief',
        name: '越权',
        departmentId: b.rootDepartmentId,
        rankId: 'r-staff',
        positionIds: ['p-eng-head'],
        secondaryDepartmentIds: ['d-eng'],
      },
    },
  ],
  'org.setUserLeft': () => [
    { input: { id: 'u-zhang', left: true } },
    { input: { id: 'u-admin', left: false } },
  ],
  'org.import': () => {
    const csv = '账号,姓名,部门,职级,岗位\nzhang.san,张三,工程部,职员,工程部经理\n';
    return [
      {
        input: {
          format: 'csv',
          sheet: 'users',
          contentBase64: Buffer.from(csv).toString('base64'),
          dryRun: true,
        },
        echoes: ['zhang.san', '张三', '工程部', '职员', '工程部经理'],
      },
    ];
  },
  'history.import': () => [
    { input: { fileName: 'a.xlsx', contentBase64: HISTORY_XLSX, dryRun: true }, echoes: HISTORY_ECHOES },
    { input: { fileName: 'a.xlsx', contentBase64: HISTORY_XLSX, dryRun: false }, echoes: HISTORY_ECHOES },
  ],
  'org.invite': (_a, b) => [
    { input: { name: '越权', departmentId: 'd-eng' } },
    { input: { name: '越权', departmentId: b.rootDepartmentId, rankId: 'r-staff' } },
  ],
  'org.createDelegation': (_a, b) => [
    { input: { fromUserId: 'u-li', toUserId: 'u-zhao', from: day('2027-02-01'), to: day('2027-02-02') } },
    { input: { fromUserId: b.adminId, toUserId: 'u-zhao', from: day('2027-02-01'), to: day('2027-02-02') } },
  ],
  'settings.update': (_a, b) => [{ input: b.settings }],
  'stats.overview': () => [{ input: RANGE }],
  'stats.exportInstances': () => [{ input: { templateKey: 'leave', ...RANGE } }],
  'integrations.createToken': () => [{ input: { name: 'beta-token-2' } }],
  'integrations.createWebhook': () => [{ input: { url: 'https://beta.example/second', events: ['*'] } }],
  'integrations.setWebhookActive': (a) => [
    { input: { id: a.webhookId, active: false } },
    { input: { id: a.webhookId, active: true } },
  ],
  'notifications.unreadCount': () => [{ input: undefined }],
  'notifications.settings': () => [
    { input: undefined, check: (r) => ((r as { email: boolean }).email ? null : "read A's setting") },
  ],
  'notifications.updateSettings': () => [{ input: { email: true } }],
  'drafts.get': (a) => [
    { input: { templateId: a.templateId } },
    { input: { templateId: a.draftTemplateId } },
  ],
  'drafts.save': (a) => [
    { input: { templateId: a.templateId, data: { reason: '越权' } } },
    { input: { templateId: a.draftTemplateId, data: {} } },
  ],
  'drafts.discard': (a) => [
    {
      input: { templateId: a.templateId },
      check: (r) => ((r as { discarded: boolean }).discarded ? "discarded A's draft" : null),
    },
  ],
  'drafts.list': () => [
    { input: undefined, check: (r) => ((r as unknown[]).length === 0 ? null : 'listed drafts') },
  ],
  'directory.search': () => [
    {
      input: { q: 'zs', kind: 'user' },
      check: (r) => ((r as unknown[]).length === 0 ? null : "found A's people"),
    },
    {
      input: { q: '张三', kind: 'user' },
      check: (r) => ((r as unknown[]).length === 0 ? null : "found A's people"),
    },
    { input: { q: '', kind: 'user', limit: 50 } },
    {
      input: { q: '工程', kind: 'department' },
      check: (r) => ((r as unknown[]).length === 0 ? null : "found A's departments"),
    },
    { input: { q: '', kind: 'department', limit: 50 } },
  ],
  'directory.lookup': () => [
    {
      input: { userIds: ['u-zhang', 'u-li', 'u-admin'], departmentIds: ['d-root', 'd-eng'] },
      check: (r) => {
        const { users, departments } = r as { users: unknown[]; departments: unknown[] };
        return users.length + departments.length === 0 ? null : "named A's people or departments";
      },
    },
  ],
  'account.signature': () => [{ input: undefined, check: (r) => (r === null ? null : 'has a signature') }],
  'account.saveSignature': (a) => [
    { input: { attachmentId: a.signatureId } },
    { input: { attachmentId: a.attachmentId } },
  ],
  'notifications.markRead': (a) => [
    {
      input: { ids: a.notificationIds },
      check: (r) => ((r as { marked: number }).marked === 0 ? null : 'marked notices of A'),
    },
  ],
  'templates.saveFolder': (a) => [
    { input: { name: '越权', parentId: a.folderId } },
    { input: { id: a.folderId, name: '越权', parentId: null } },
  ],
  'templates.move': (a, b) => [
    { input: { templateId: a.templateId, folderId: null } },
    { input: { templateId: b.templateId, folderId: a.folderId } },
  ],
  'templates.grant': (a, b) => [
    { input: { targetType: 'template', targetId: a.templateId, principalType: 'everyone', level: 'reader' } },
    { input: { targetType: 'folder', targetId: a.folderId, principalType: 'everyone', level: 'reader' } },
    {
      input: {
        targetType: 'template',
        targetId: b.templateId,
        principalType: 'user',
        principalId: 'u-zhang',
        level: 'manager',
      },
    },
  ],
  'templates.rename': (a) => [
    { input: { templateId: a.templateId, title: { zh: '越权', en: 'Foreign' } } },
    { input: { templateId: a.draftTemplateId, title: { zh: '越权', en: 'Foreign' } } },
  ],
  'templates.setSupervisors': (a, b) => [
    { input: { templateId: a.templateId, userIds: [] } },
    { input: { templateId: b.templateId, userIds: ['u-wang'] } },
  ],
  'actions.reject': (a) => [{ input: { taskId: a.taskId, reason: '越权' } }],
  'actions.return': (a) => [{ input: { taskId: a.taskId, toNodeId: 'start', reason: '越权' } }],
  'actions.transfer': (a, b) => [
    { input: { taskId: a.taskId, toUserId: 'u-wang' } },
    { input: { taskId: b.taskId, toUserId: 'u-wang' } },
  ],
  'actions.addSigner': (a, b) => [
    { input: { taskId: a.taskId, userIds: ['u-wang'], position: 'after' } },
    { input: { taskId: b.taskId, userIds: ['u-wang'], position: 'after' } },
  ],
  'actions.comment': (a, b) => [
    { input: { instanceId: a.instanceId, text: '越权' } },
    {
      input: { instanceId: b.instanceId, text: '附件', attachments: [{ id: a.attachmentId, name: 'x.pdf' }] },
    },
  ],
  'actions.cancel': (a) => [{ input: { instanceId: a.instanceId, reason: '越权' } }],
  'actions.reassign': (a, b) => [
    { input: { taskId: a.taskId, toUserId: 'u-wang' } },
    { input: { taskId: b.taskId, toUserId: 'u-wang' } },
  ],
  'actions.extend': (a) => [{ input: { taskId: a.taskId, workingDays: 1, reason: '越权' } }],
  'attachments.attach': (a, b) => [
    { input: { instanceId: a.instanceId, attachmentIds: [a.attachmentId] } },
    // B's own request, A's file: nothing to attach
    {
      input: { instanceId: b.instanceId, attachmentIds: [a.attachmentId] },
      check: (r) => ((r as { attached: string[] }).attached.length === 0 ? null : 'attached a file of A'),
    },
  ],
  'catalog.plan': () => [{ input: { catalog: 'small-company' } }],
  'catalog.import': () => [{ input: { catalog: 'small-company', dryRun: true } }],
  'catalog.export': () => [{ input: { key: 'leave' } }, { input: { key: 'alpha-draft' } }],
};

/** The generic inputs, tried in turn on a procedure INPUTS does not name; a shape its input refuses is skipped. */
const FALLBACK: [string, (a: Alpha) => unknown[]][] = [
  ['id', (a) => a.kindIds.map((id) => ({ id }))],
  ['instanceId', (a) => [{ instanceId: a.instanceId }]],
  ['taskId', (a) => [{ taskId: a.taskId }]],
  ['templateId', (a) => [{ templateId: a.templateId }, { templateId: a.draftTemplateId }]],
  ['webhookId', (a) => [{ webhookId: a.webhookId }]],
  ['ids', (a) => [{ ids: a.kindIds }]],
  ['taskIds', (a) => [{ taskIds: [a.taskId] }]],
  ['userId', () => [{ userId: 'u-zhang' }]],
];

type Outcome = { ok: true; value: unknown } | { ok: false; error: AppErrorData; inputError: boolean };

/** Every string in a value, object keys included, and the id-like tokens inside each. */
function strings(value: unknown): string[] {
  const out: string[] = [];
  const visit = (v: unknown) => {
    if (typeof v === 'string') {
      out.push(v, ...v.split(/[^A-Za-z0-9_-]+/).filter(Boolean));
    } else if (Array.isArray(v)) {
      v.forEach(visit);
    } else if (v && typeof v === 'object' && !ArrayBuffer.isView(v)) {
      for (const [k, x] of Object.entries(v)) {
        out.push(k);
        visit(x);
      }
    }
  };
  visit(value);
  return out;
}

/** Tenant tables: every table with a tenant_id column, read from the catalog so new tables are covered. */
async function tenantTables(h: Harness): Promise<string[]> {
  const rows = await h.t.db.query<{ table_name: string }>(
    `SELECT c.table_name FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE c.column_name = 'tenant_id' AND c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' ORDER BY 1`,
  );
  return rows.map((r) => r.table_name);
}

/** All of A's rows, as the schema owner sees them: compared before and after B's calls. */
async function snapshot(h: Harness, tenantId: string, tables: string[]): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of tables) {
    const rows = await h.t.db.query(`SELECT * FROM ${t} WHERE tenant_id = $1`, [tenantId]);
    out[t] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

describe.each(testBackends())('tenant isolation over every procedure on %s', (kind) => {
  let h: Harness;
  let a: Alpha;
  let b: Beta;
  let bAdmin: TestBrowser;
  let tables: string[];

  async function setUpAlpha(): Promise<Alpha> {
    const admin = h.browser();
    await admin.login('admin');
    const zhang = h.browser();
    await zhang.login('zhang.san');
    const li = h.browser();
    await li.login('li.si');
    const adminApi = await admin.api();
    const hook = await adminApi.integrations.createWebhook({
      url: 'https://alpha.example/hook',
      events: ['*'],
    });
    const token = await adminApi.integrations.createToken({ name: 'alpha-token-mark' });
    const templateId = (await (await zhang.api()).forms.listPublished()).find(
      (f) => f.key === 'leave',
    )!.templateId;
    const submitted = await (
      await zhang.api()
    ).instances.submit({ templateId, data: { type: '事假', days: 1, reason: 'alpha-reason-mark' } });
    const session = await resolveSession(h.deps, zhang.cookies.get(SESSION_COOKIE));
    const file = await uploadAttachment(await serviceContextFor(h.deps, session!), {
      name: 'alpha-file-mark.pdf',
      bytes: Buffer.from('%PDF-1.7\nalpha\n%%EOF\n'),
    });
    await attachToRequest(await serviceContextFor(h.deps, session!), {
      instanceId: submitted.id,
      attachmentIds: [file.id],
    });
    await (
      await zhang.api()
    ).actions.comment({
      instanceId: submitted.id,
      text: 'alpha-comment-mark',
      attachments: [{ id: file.id, name: file.name }],
    });
    // a draft, a saved signature and a notification setting of A's, which B must not see or touch
    await (await zhang.api()).drafts.save({ templateId, data: { reason: 'alpha-draft-data-mark' } });
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const signature = await uploadAttachment(await serviceContextFor(h.deps, session!), {
      name: 'alpha-signature.png',
      bytes: png,
    });
    await (await zhang.api()).account.saveSignature({ attachmentId: signature.id });
    await (await li.api()).notifications.updateSettings({ email: false });
    const taskId = (await (await li.api()).inbox.search({ box: 'todo' })).items[0]!.task!.id;
    const notificationIds = (await (await li.api()).notifications.list()).map((n) => n.id);
    const folder = await adminApi.templates.saveFolder({ name: 'alpha-folder-mark', parentId: null });
    const grant = await adminApi.templates.grant({
      targetType: 'template',
      targetId: templateId,
      principalType: 'user',
      principalId: 'u-wang',
      level: 'reader',
    });
    const delegation = await adminApi.org.createDelegation({
      fromUserId: 'u-li',
      toUserId: 'u-zhao',
      from: day('2027-01-04'),
      to: day('2027-01-08'),
    });
    const invitation = await adminApi.org.invite({ name: 'alpha-invitee-mark', departmentId: 'd-eng' });
    const draft = await adminApi.forms.saveDraft({
      key: 'alpha-draft',
      title: { zh: 'alpha-draft-mark', en: 'alpha-draft-mark' },
      serialPrefix: 'AD',
      draft: {
        model: { ...leaveFormModel(), key: 'alpha_draft' },
        flow: leaveRouteExample() as unknown as Record<string, unknown>,
      },
    });
    const tenantId = session!.tenantId;
    const deliveries = await adminApi.integrations.deliveries({ webhookId: hook.id });
    expect(deliveries.length).toBeGreaterThan(0);
    const kindIds = [
      submitted.id,
      taskId,
      templateId,
      draft.templateId,
      'u-zhang',
      'u-admin',
      'd-eng',
      'p-eng-head',
      'r-staff',
      folder.id,
      grant.id,
      hook.id,
      token.id,
      delegation.id,
      invitation.id,
      file.id,
      signature.id,
      deliveries[0]!.id,
      ...notificationIds.slice(0, 1),
    ];
    return {
      tenantId,
      templateId,
      draftTemplateId: draft.templateId,
      instanceId: submitted.id,
      serialNo: submitted.serialNo,
      taskId,
      notificationIds,
      webhookId: hook.id,
      tokenId: token.id,
      folderId: folder.id,
      grantId: grant.id,
      delegationId: delegation.id,
      invitationId: invitation.id,
      invitationCode: invitation.code,
      attachmentId: file.id,
      signatureId: signature.id,
      kindIds,
      allIds: new Set(),
      markers: [
        'alpha-reason-mark',
        'alpha-token-mark',
        'alpha.example',
        'alpha-comment-mark',
        'alpha-file-mark',
        'alpha-folder-mark',
        'alpha-invitee-mark',
        'alpha-draft-mark',
        'alpha-draft-data-mark',
        submitted.serialNo,
        '示例科技',
        invitation.code,
      ],
    };
  }

  async function setUpBeta(): Promise<Beta> {
    const created = await createTenant(h.deps, {
      code: 'beta',
      name: '贝塔建设有限公司',
      adminLogin: 'beta.admin',
      adminName: '贝塔管理员',
    });
    bAdmin = h.browser('10.0.0.2');
    await bAdmin.login('beta.admin', created.temporaryPassword, 'beta');
    await (
      await bAdmin.api()
    ).auth.changePassword({ currentPassword: created.temporaryPassword, newPassword: B_PASSWORD });
    const api = await bAdmin.api();
    const view = await api.org.view();
    const root = view.departments[0]!.id;
    const adminId = view.users.find((u) => u.login === 'beta.admin')!.id;
    const head = await api.org.savePosition({ name: '贝塔总经理', departmentId: root, isHead: true });
    await api.org.saveUser({
      login: 'beta.head',
      name: '贝塔经理',
      departmentId: root,
      rankId: null,
      positionIds: [head.id],
    });
    const model = {
      modelVersion: 1,
      key: 'beta_expense',
      title: { zh: '贝塔报销', en: 'Beta expense' },
      fields: [
        { key: 'amount', type: 'number', label: { zh: '金额', en: 'Amount' }, required: true, min: 0 },
      ],
    };
    const flow = {
      key: 'beta-expense',
      nodes: [
        { id: 'start', type: 'start', name: { zh: '发起', en: 'Start' } },
        {
          id: 'head',
          type: 'approve',
          name: { zh: '负责人审批', en: 'Head' },
          approvers: { kind: 'deptHead', level: 1 },
          mode: 'single',
        },
        { id: 'end', type: 'end', name: { zh: '结束', en: 'End' } },
      ],
      edges: [
        { id: 'e1', from: 'start', to: 'head' },
        { id: 'e2', from: 'head', to: 'end' },
      ],
    };
    const saved = await api.forms.saveDraft({
      key: 'beta-expense',
      title: model.title,
      serialPrefix: 'BT',
      draft: { model, flow },
    });
    expect(saved.problems).toEqual([]);
    await api.forms.publish({ templateId: saved.templateId });
    const instance = await api.instances.submit({ templateId: saved.templateId, data: { amount: 100 } });
    const detail = await api.instances.get({ id: instance.id });
    await api.integrations.createWebhook({ url: 'https://beta.example/hook', events: ['*'] });
    await api.integrations.createToken({ name: 'beta-token' });
    await api.templates.saveFolder({ name: 'beta-folder', parentId: null });
    await api.templates.grant({
      targetType: 'template',
      targetId: saved.templateId,
      principalType: 'everyone',
      level: 'reader',
    });
    return {
      tenantId: created.tenantId,
      adminId,
      rootDepartmentId: root,
      templateId: saved.templateId,
      instanceId: instance.id,
      taskId: detail.tasks[0]!.id,
      settings: (await api.settings.get()) as unknown as Record<string, unknown>,
    };
  }

  beforeAll(async () => {
    h = await createHarness(kind);
    a = await setUpAlpha();
    b = await setUpBeta();
    tables = await tenantTables(h);
    for (const t of tables) {
      const cols = await h.t.db.query<{ column_name: string }>(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 AND column_name = 'id'",
        [t],
      );
      if (cols.length === 0) continue;
      for (const r of await h.t.db.query<{ id: string }>(`SELECT id FROM ${t} WHERE tenant_id = $1`, [
        a.tenantId,
      ]))
        a.allIds.add(r.id);
    }
    a.allIds.add(a.tenantId);
  });
  afterAll(() => h.t.dispose());

  /** Calls a procedure by its path as B's admin (logging in again when an earlier call ended the session). */
  async function callAsB(path: string, input: unknown): Promise<Outcome> {
    if (!(await (await bAdmin.api()).auth.me())) await bAdmin.login('beta.admin', B_PASSWORD, 'beta');
    let target: unknown = await bAdmin.api();
    for (const segment of path.split('.')) target = (target as Record<string, unknown>)[segment];
    try {
      return { ok: true, value: await (target as (i: unknown) => Promise<unknown>)(input) };
    } catch (e) {
      const error = toAppErrorData(e instanceof Error && e.cause ? e.cause : e);
      return { ok: false, error, inputError: error.messageKey === 'errors.badInput' };
    }
  }

  it('every procedure refuses A\u2019s ids or answers with nothing of A', async () => {
    // flat at run time: 'auth.login', 'forms.get', …
    const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;
    const paths = Object.keys(procedures);
    expect(paths.length).toBeGreaterThan(70);
    const before = await snapshot(h, a.tenantId, tables);

    const problems: string[] = [];
    const unexercised: string[] = [];
    // A's ids B has itself sent and had accepted (a grant naming them, a folder given that id): B's own data from then on
    const claimed = new Set<string>();

    const judge = (path: string, c: Case, outcome: Outcome) => {
      const sent = new Set([...strings(c.input), ...(c.echoes ?? [])]);
      const found = new Set<string>();
      const answer = outcome.ok ? outcome.value : outcome.error;
      const aIds = new Set([...a.allIds].filter((id) => !claimed.has(id) && !sent.has(id)));
      for (const s of strings(answer)) {
        if (aIds.has(s)) found.add(s);
        for (const m of a.markers) if (!sent.has(m) && s.includes(m)) found.add(m);
      }
      const label = `${path}(${JSON.stringify(c.input)?.slice(0, 160)})`;
      if (found.size > 0) problems.push(`${label} leaked ${[...found].join(', ')}`);
      if (!outcome.ok && !outcome.inputError && !REFUSALS.has(outcome.error.code))
        problems.push(`${label} answered ${outcome.error.code}: ${outcome.error.message.en}`);
      if (outcome.ok) {
        const extra = c.check?.(outcome.value);
        if (extra) problems.push(`${label}: ${extra}`);
        for (const s of sent) if (a.allIds.has(s)) claimed.add(s);
      }
    };

    const exercise = async (path: string) => {
      const table = INPUTS[path];
      if (table) {
        for (const c of table(a, b)) {
          const outcome = await callAsB(path, c.input);
          if (!outcome.ok && outcome.inputError)
            problems.push(
              `INPUTS['${path}'] no longer fits its input: ${JSON.stringify(outcome.error.fieldErrors)}`,
            );
          judge(path, c, outcome);
        }
        return;
      }
      // no input, or an input whose fields all have defaults: nothing of A to pass
      for (const input of [undefined, {}]) {
        const outcome = await callAsB(path, input);
        if (!outcome.ok && outcome.inputError) continue;
        judge(path, { input }, outcome);
        return;
      }
      let exercised = false;
      for (const [, make] of FALLBACK) {
        const [first, ...rest] = make(a);
        const outcome = await callAsB(path, first);
        if (!outcome.ok && outcome.inputError) continue;
        exercised = true;
        judge(path, { input: first }, outcome);
        for (const input of rest) judge(path, { input }, await callAsB(path, input));
      }
      if (!exercised) unexercised.push(path);
    };

    // reads first, while nothing of A has been sent yet; then every write; then the reads again
    const queries = paths.filter((p) => procedures[p]!._def.type === 'query');
    const mutations = paths.filter((p) => procedures[p]!._def.type !== 'query');
    for (const path of [...queries, ...mutations, ...queries]) await exercise(path);

    expect(
      Object.keys(INPUTS).filter((p) => !paths.includes(p)),
      'INPUTS names procedures that no longer exist',
    ).toEqual([]);
    expect(unexercised, 'procedures the generic inputs cannot call: give them inputs in INPUTS').toEqual([]);
    expect(problems).toEqual([]);
    // and nothing of A changed
    expect(await snapshot(h, a.tenantId, tables)).toEqual(before);
  }, 600_000);

  it('the app role with no tenant set reads no row of any tenant table, and B reads none of A\u2019s', async () => {
    expect(tables).toEqual(
      expect.arrayContaining([
        'instances',
        'tasks',
        'users',
        'attachments',
        'attachment_blobs',
        'webhooks',
        'api_tokens',
        'audit_log',
        'submission_drafts',
        'user_preferences',
      ]),
    );
    const rls = await h.t.db.query<{ relname: string; relrowsecurity: boolean }>(
      'SELECT c.relname, c.relrowsecurity FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ANY($1::text[])',
      [tables],
    );
    expect(
      rls.filter((r) => !r.relrowsecurity).map((r) => r.relname),
      'tenant tables without row-level security',
    ).toEqual([]);
    for (const t of [...tables, 'tenants']) {
      expect(
        await withAppRole(h.t.db, (tx) => tx.query(`SELECT * FROM ${t}`)),
        `${t} without app.tenant_id`,
      ).toEqual([]);
      if (t === 'tenants') continue;
      const crossed = await withTenant(h.t.db, b.tenantId, (tx) =>
        tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t} WHERE tenant_id = $1`, [a.tenantId]),
      );
      expect(crossed[0]?.n, `${t} as tenant B`).toBe(0);
    }
    // the tables this test relies on do hold A's rows, so the empty answers above mean something
    for (const t of ['attachments', 'submission_drafts', 'user_preferences']) {
      const held = await h.t.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${t} WHERE tenant_id = $1`,
        [a.tenantId],
      );
      expect(held[0]?.n, t).toBeGreaterThan(0);
    }
  });
});
