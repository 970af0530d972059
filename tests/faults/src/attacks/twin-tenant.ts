import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type postgres from 'postgres';
import { login, type Session } from '../harness/http-session.js';
import { pendingTasks } from '../harness/leave-flow.js';
import { mirrorOrg, must, PNG, TWIN_DRAFT, TWIN_INITIAL, upload } from './twin-parts.js';

export { must };

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
export const TWIN_CODE = 'twin';
/** the company name of the demo tenant: the twin mirrors it, names and all */
const TWIN_NAME = '示例科技有限公司';
/** B's admin password and its users' initial one; contains neither the code nor the name */
export const TWIN_PASSWORD = 'Quartz-lantern-5831';

/** Tenant B as the attack knows it: its ids by kind, texts only B has, its admin's session. */
export interface Twin {
  tenantId: string;
  admin: Session;
  member: Session;
  leaveTemplateId: string;
  draftTemplateId: string;
  instanceId: string;
  serialNo: string;
  taskId: string;
  fileId: string;
  signatureId: string;
  tokenId: string;
  webhookId: string;
  tokenSecret: string;
  folderId: string;
  grantId: string;
  delegationId: string;
  invitationId: string;
  invitationCode: string;
  rootDepartmentId: string;
  departmentId: string;
  positionId: string;
  rankId: string;
  userId: string;
  adminId: string;
  notificationIds: string[];
  /** one id of every kind, for the generic `{ id }` input */
  kindIds: string[];
  markers: string[];
}

export const FILE_BYTES = Buffer.from('%PDF-1.7\ntwin-file-bytes-mark\n%%EOF\n');

/** `signoff tenant create` as the platform operator runs it; answers the one-time admin password. */
async function createTenantWithCli(databaseUrl: string): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      `${REPO}apps/cli/bin/signoff.mjs`,
      'tenant',
      'create',
      '--code',
      TWIN_CODE,
      '--name',
      TWIN_NAME,
      '--admin',
      'admin',
    ],
    { cwd: REPO, env: { ...process.env, DATABASE_URL: databaseUrl } },
  );
  const password = /初始密码: (\S+)/.exec(stdout)?.[1];
  if (!password) throw new Error(`no one-time password in: ${stdout}`);
  return password;
}

/** Logs in at the twin; a first login changes the one-time password, as the app insists. */
async function twinLogin(baseUrl: string, who: string, first?: string): Promise<Session> {
  if (first === undefined) return login(baseUrl, who, { tenantCode: TWIN_CODE, password: TWIN_PASSWORD });
  const s = await login(baseUrl, who, { tenantCode: TWIN_CODE, password: first });
  must(
    'change password',
    await s.mutate('auth.changePassword', { currentPassword: first, newPassword: TWIN_PASSWORD }),
  );
  return login(baseUrl, who, { tenantCode: TWIN_CODE, password: TWIN_PASSWORD });
}

/**
 * Tenant B, made as an operator and its admin would: the CLI, a first login, A's org and leave
 * template copied in, then one of every kind of thing a tenant holds, each carrying a marker.
 */
export async function buildTwin(
  baseUrl: string,
  databaseUrl: string,
  sql: postgres.Sql,
  aAdmin: Session,
): Promise<Twin> {
  const admin = await twinLogin(baseUrl, 'admin', await createTenantWithCli(databaseUrl));
  const org = await mirrorOrg(aAdmin, admin);
  const file = must(
    'A export',
    await aAdmin.query<Record<string, unknown>>('catalog.export', { key: 'leave' }),
  );
  must('B import', await admin.mutate('catalog.import', { catalog: 'leave', file, createMissing: true }));
  const published = must(
    'B forms',
    await admin.query<{ key: string; templateId: string }[]>('forms.listPublished'),
  );
  const leaveTemplateId = published.find((f) => f.key === 'leave')?.templateId ?? '';

  const zhang = await twinLogin(baseUrl, 'zhang.san', TWIN_INITIAL);
  const li = await twinLogin(baseUrl, 'li.si', TWIN_INITIAL);
  const fileId = await upload(baseUrl, zhang, 'twin-file-mark.pdf', FILE_BYTES, 'application/pdf');
  const signatureId = await upload(baseUrl, zhang, 'twin-signature-mark.png', PNG, 'image/png');
  must('signature', await zhang.mutate('account.saveSignature', { attachmentId: signatureId }));
  const data = { type: '事假', days: 5, reason: 'twin-reason-mark' };
  const submitted = must(
    'submit',
    await zhang.mutate<{ id: string; serialNo: string }>('instances.submit', {
      templateId: leaveTemplateId,
      data,
    }),
  );
  must(
    'attach',
    await zhang.mutate('attachments.attach', { instanceId: submitted.id, attachmentIds: [fileId] }),
  );
  must(
    'comment',
    await zhang.mutate('actions.comment', { instanceId: submitted.id, text: 'twin-comment-mark' }),
  );
  must(
    'draft',
    await zhang.mutate('drafts.save', {
      templateId: leaveTemplateId,
      data: { reason: 'twin-draft-data-mark' },
    }),
  );
  must('settings', await li.mutate('notifications.updateSettings', { email: false }));
  const [task] = await pendingTasks(sql, submitted.id);
  const notices = must('notices', await li.query<{ id: string }[]>('notifications.list'));

  const token = must(
    'token',
    await admin.mutate<{ id: string; token: string }>('integrations.createToken', {
      name: 'twin-token-mark',
      scopes: ['read', 'submit', 'act-for-users', 'admin'],
    }),
  );
  const folder = must(
    'folder',
    await admin.mutate<{ id: string }>('templates.saveFolder', { name: 'twin-folder-mark', parentId: null }),
  );
  const grant = must(
    'grant',
    await admin.mutate<{ id: string }>('templates.grant', {
      targetType: 'template',
      targetId: leaveTemplateId,
      principalType: 'user',
      principalId: org.map('u-wang'),
      level: 'reader',
    }),
  );
  const delegation = must(
    'delegation',
    await admin.mutate<{ id: string }>('org.createDelegation', {
      fromUserId: org.map('u-li'),
      toUserId: org.map('u-zhao'),
      from: '2027-01-04T00:00:00.000Z',
      to: '2027-01-08T00:00:00.000Z',
    }),
  );
  const invitation = must(
    'invite',
    await admin.mutate<{ id: string; code: string }>('org.invite', {
      name: 'twin-invitee-mark',
      departmentId: org.map('d-eng'),
    }),
  );
  const draft = must(
    'form draft',
    await admin.mutate<{ templateId: string }>('forms.saveDraft', {
      key: 'twin-draft',
      title: { zh: 'twin-form-mark', en: 'twin-form-mark' },
      serialPrefix: 'TW',
      draft: TWIN_DRAFT,
    }),
  );

  // inactive at once: B's deliveries to a host that does not resolve would otherwise retry during the attack
  const hook = must(
    'webhook',
    await admin.mutate<{ id: string }>('integrations.createWebhook', {
      url: 'https://twin.example/hook',
      events: ['*'],
    }),
  );
  must('webhook off', await admin.mutate('integrations.setWebhookActive', { id: hook.id, active: false }));

  const tenant = await sql<{ id: string }[]>`SELECT id FROM tenants WHERE code = ${TWIN_CODE}`;
  const twin: Omit<Twin, 'kindIds' | 'markers'> = {
    tenantId: tenant[0]?.id ?? '',
    admin,
    member: zhang,
    leaveTemplateId,
    draftTemplateId: draft.templateId,
    instanceId: submitted.id,
    serialNo: submitted.serialNo,
    taskId: task?.id ?? '',
    fileId,
    signatureId,
    tokenId: token.id,
    webhookId: hook.id,
    tokenSecret: token.token,
    folderId: folder.id,
    grantId: grant.id,
    delegationId: delegation.id,
    invitationId: invitation.id,
    invitationCode: invitation.code,
    rootDepartmentId: org.rootId,
    departmentId: org.map('d-eng'),
    positionId: org.map('p-eng-head'),
    rankId: org.map('r-staff'),
    userId: org.map('u-zhang'),
    adminId: org.adminId,
    notificationIds: notices.map((n) => n.id),
  };
  const {
    tenantId: _t,
    admin: _a,
    member: _m,
    tokenSecret: _s,
    serialNo: _n,
    invitationCode: _c,
    notificationIds,
    ...byKind
  } = twin;
  return {
    ...twin,
    kindIds: [...Object.values(byKind), ...notificationIds.slice(0, 1)],
    markers: [
      ...[
        'reason',
        'file',
        'file-bytes',
        'signature',
        'comment',
        'draft-data',
        'token',
        'folder',
        'invitee',
        'form',
      ].map((m) => `twin-${m}-mark`),
      'twin.example',
      'twin-draft',
      submitted.serialNo,
      invitation.code,
      token.token,
    ],
  };
}
