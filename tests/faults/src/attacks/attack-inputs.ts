import { TWIN_PASSWORD, type Twin } from './twin-tenant.js';

/** The attacker's own things in A (the demo tenant), for inputs that mix A's ids with B's. */
export interface Own {
  templateId: string;
  /** A's settings as settings.get answers them: sent back unchanged, an update with nothing of B */
  settings: unknown;
  /** a history workbook naming B's user and B's serial number, base64 */
  historyBase64: string;
}

export interface Case {
  input: unknown;
  /** B's texts the input carries where the echo check cannot see them (a base64 file) */
  echoes?: string[];
  /** what a successful answer must also satisfy, else why it is wrong */
  check?: (result: unknown) => string | null;
}

const day = (d: string) => `${d}T00:00:00.000Z`;
const RANGE = { from: day('2026-01-01'), to: day('2028-01-01') };
const zero = (key: string, what: string) => (r: unknown) =>
  (r as Record<string, unknown>)[key] === 0 ? null : what;

/**
 * Inputs with B's ids for the procedures the generic ones below do not fit, after
 * packages/api/src/tenants/tenant-isolation.test.ts with the roles turned round: A calls, with
 * B's ids. B's names equal A's (the twin mirrors A), so a name alone proves nothing either way.
 */
export const INPUTS: Record<string, (b: Twin, own: Own) => Case[]> = {
  // B's credentials are B's to use: these are A's, or B's ids where a code or login belongs
  'auth.login': (b) => [
    { input: { tenantCode: b.tenantId, login: 'zhang.san', password: TWIN_PASSWORD } },
    { input: { tenantCode: 'demo', login: b.userId, password: TWIN_PASSWORD } },
  ],
  'auth.acceptInvitation': (b) => [
    {
      input: {
        tenantCode: 'demo',
        code: b.invitationCode,
        login: 'twin.thief',
        password: 'Marble-otter-4417',
      },
    },
  ],
  // a wrong current password (B's): must not change anything, A's password included
  'auth.changePassword': () => [
    { input: { currentPassword: TWIN_PASSWORD, newPassword: 'Marble-otter-4417' } },
  ],
  'simulationCases.save': (b) => [
    {
      input: {
        templateId: b.leaveTemplateId,
        name: 'x',
        applicant: { userId: b.userId },
        formData: { days: 1 },
        expected: [],
      },
    },
  ],
  'simulationCases.delete': (b) => [{ input: { templateId: b.leaveTemplateId, caseId: 'c-none' } }],
  'forms.saveDraft': (b) => [
    {
      input: {
        templateId: b.draftTemplateId,
        key: 'twin-draft',
        title: { zh: 'x', en: 'x' },
        serialPrefix: 'X',
        draft: { model: {}, flow: {} },
      },
    },
  ],
  'forms.version': (b) => [
    { input: { templateId: b.leaveTemplateId, version: 1 } },
    { input: { templateId: b.draftTemplateId, version: 1 } },
  ],
  'instances.submit': (b) => [
    { input: { templateId: b.leaveTemplateId, data: { type: '事假', days: 1, reason: 'x' } } },
  ],
  'inbox.search': (b) => [
    ...(['todo', 'done', 'cc', 'started'] as const).map((box) => ({ input: { box } })),
    { input: { box: 'started', q: b.serialNo } },
    { input: { box: 'todo', templateKey: 'twin-draft' } },
  ],
  'actions.batchApprove': (b) => [
    { input: { taskIds: [b.taskId] }, check: zero('approved', 'approved a task of B') },
  ],
  'org.saveDepartment': (b) => [
    { input: { id: b.departmentId, name: 'x', parentId: 'd-root' } },
    { input: { name: 'x', parentId: b.departmentId } },
    { input: { name: 'x', parentId: 'd-root', headPositionId: b.positionId } },
  ],
  'org.savePosition': (b) => [
    { input: { name: 'x', departmentId: b.departmentId } },
    { input: { id: b.positionId, name: 'x', departmentId: 'd-eng' } },
  ],
  'org.saveRank': (b) => [{ input: { id: b.rankId, name: 'x', order: 9 } }],
  'org.setSupervision': (b) => [
    { input: { positionId: b.positionId, departmentIds: ['d-eng'], categories: [] } },
    { input: { positionId: 'p-vp-eng', departmentIds: [b.departmentId], categories: [] } },
  ],
  'org.saveUser': (b) => [
    { input: { id: b.userId, login: 'zhang.san', name: 'x', departmentId: 'd-eng', rankId: 'r-staff' } },
    { input: { login: 'thief', name: 'x', departmentId: b.departmentId, rankId: null } },
    {
      input: {
        login: 'thief',
        name: 'x',
        departmentId: 'd-eng',
        rankId: b.rankId,
        positionIds: [b.positionId],
        secondaryDepartmentIds: [b.departmentId],
      },
    },
  ],
  'org.setUserLeft': (b) => [
    { input: { id: b.userId, left: true } },
    { input: { id: b.adminId, left: false } },
  ],
  'org.invite': (b) => [{ input: { name: 'x', departmentId: b.departmentId, rankId: b.rankId } }],
  'org.createDelegation': (b) => [
    { input: { fromUserId: b.userId, toUserId: 'u-zhao', from: day('2027-02-01'), to: day('2027-02-02') } },
    { input: { fromUserId: 'u-li', toUserId: b.userId, from: day('2027-02-01'), to: day('2027-02-02') } },
  ],
  'settings.update': (_b, own) => [{ input: own.settings }],
  'stats.overview': () => [{ input: RANGE }],
  'stats.exportInstances': () => [
    { input: { templateKey: 'twin-draft', ...RANGE } },
    { input: { templateKey: 'leave', ...RANGE } },
  ],
  'integrations.createToken': () => [{ input: { name: 'x' } }],
  'integrations.createWebhook': () => [{ input: { url: 'https://demo.example/hook', events: ['*'] } }],
  'integrations.setWebhookActive': (b) => [
    { input: { id: b.webhookId, active: true } },
    { input: { id: b.webhookId, active: false } },
  ],
  'notifications.updateSettings': () => [{ input: { email: true } }],
  'drafts.get': (b) => [{ input: { templateId: b.leaveTemplateId } }],
  'drafts.save': (b) => [{ input: { templateId: b.leaveTemplateId, data: { reason: 'x' } } }],
  'drafts.discard': (b) => [
    {
      input: { templateId: b.leaveTemplateId },
      check: (r) => ((r as { discarded: boolean }).discarded ? "discarded B's draft" : null),
    },
  ],
  'directory.search': () => [
    { input: { q: '', kind: 'user', limit: 50 } },
    { input: { q: '', kind: 'department', limit: 50 } },
  ],
  'directory.lookup': (b) => [
    {
      input: { userIds: [b.userId, b.adminId], departmentIds: [b.rootDepartmentId, b.departmentId] },
      check: (r) => {
        const { users, departments } = r as { users: unknown[]; departments: unknown[] };
        return users.length + departments.length === 0 ? null : "named B's people or departments";
      },
    },
  ],
  'account.saveSignature': (b) => [
    { input: { attachmentId: b.signatureId } },
    { input: { attachmentId: b.fileId } },
  ],
  'notifications.markRead': (b) => [
    { input: { ids: b.notificationIds }, check: zero('marked', 'marked notices of B') },
  ],
  'templates.saveFolder': (b) => [
    { input: { name: 'x', parentId: b.folderId } },
    { input: { id: b.folderId, name: 'x', parentId: null } },
  ],
  'templates.move': (b, own) => [
    { input: { templateId: b.leaveTemplateId, folderId: null } },
    { input: { templateId: own.templateId, folderId: b.folderId } },
  ],
  'templates.grant': (b, own) => [
    {
      input: {
        targetType: 'template',
        targetId: b.leaveTemplateId,
        principalType: 'everyone',
        level: 'reader',
      },
    },
    { input: { targetType: 'folder', targetId: b.folderId, principalType: 'everyone', level: 'reader' } },
    {
      input: {
        targetType: 'template',
        targetId: own.templateId,
        principalType: 'user',
        principalId: b.userId,
        level: 'manager',
      },
    },
  ],
  'templates.revoke': (b) => [{ input: { id: b.grantId } }],
  'templates.rename': (b) => [{ input: { templateId: b.leaveTemplateId, title: { zh: 'x', en: 'x' } } }],
  'templates.setSupervisors': (b, own) => [
    { input: { templateId: b.leaveTemplateId, userIds: [] } },
    { input: { templateId: own.templateId, userIds: [b.userId] } },
  ],
  'actions.reject': (b) => [{ input: { taskId: b.taskId, reason: 'x' } }],
  'actions.return': (b) => [{ input: { taskId: b.taskId, toNodeId: 'start', reason: 'x' } }],
  'actions.transfer': (b) => [{ input: { taskId: b.taskId, toUserId: 'u-wang' } }],
  'actions.addSigner': (b) => [{ input: { taskId: b.taskId, userIds: ['u-wang'], position: 'after' } }],
  'actions.comment': (b) => [
    { input: { instanceId: b.instanceId, text: 'x' } },
    { input: { instanceId: b.instanceId, text: 'x', attachments: [{ id: b.fileId, name: 'x.pdf' }] } },
  ],
  'actions.cancel': (b) => [{ input: { instanceId: b.instanceId, reason: 'x' } }],
  'actions.reassign': (b) => [
    { input: { taskId: b.taskId, toUserId: 'u-wang' } },
    { input: { taskId: b.taskId, toUserId: b.userId } },
  ],
  'actions.extend': (b) => [{ input: { taskId: b.taskId, workingDays: 1, reason: 'x' } }],
  'attachments.attach': (b) => [{ input: { instanceId: b.instanceId, attachmentIds: [b.fileId] } }],
  'org.import': (b) => {
    const csv = `账号,姓名,部门,职级,岗位\n${b.userId},x,${b.departmentId},${b.rankId},${b.positionId}\n`;
    return [true, false].map((dryRun) => ({
      input: { format: 'csv', sheet: 'users', contentBase64: Buffer.from(csv).toString('base64'), dryRun },
      echoes: [b.userId, b.departmentId, b.rankId, b.positionId],
    }));
  },
  // the workbook (base64) names B's serial, B's applicant and B's approver: an answer may repeat those
  'history.import': (b, own) =>
    [true, false].map((dryRun) => ({
      input: { fileName: 'h.xlsx', contentBase64: own.historyBase64, dryRun },
      echoes: [b.serialNo, b.userId, b.adminId],
    })),
  'catalog.plan': () => [{ input: { catalog: 'small-company' } }],
  'catalog.import': () => [{ input: { catalog: 'small-company', dryRun: true } }],
  'catalog.export': () => [{ input: { key: 'twin-draft' } }],
};

/** The generic inputs, tried in turn where INPUTS has none; a shape the input refuses is skipped. */
export const FALLBACK: ((b: Twin) => unknown[])[] = [
  (b) => b.kindIds.map((id) => ({ id })),
  (b) => [{ instanceId: b.instanceId }],
  (b) => [{ taskId: b.taskId }],
  (b) => [{ templateId: b.leaveTemplateId }, { templateId: b.draftTemplateId }],
  (b) => [{ webhookId: b.webhookId }],
  (b) => [{ ids: b.kindIds }],
  (b) => [{ taskIds: [b.taskId] }],
  (b) => [{ userId: b.userId }],
];
