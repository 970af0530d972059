import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNextJob } from '@signoff/db';
import { testBackends } from '@signoff/db/testing';
import { toAppErrorData } from '../trpc/app-error.js';
import { downloadAttachment, uploadAttachment } from '../attachments/attachment-service.js';
import { serviceContextFor } from '../trpc/service-context.js';
import { SESSION_COOKIE, type SessionContext } from '../trpc/context.js';
import { seedDemoTripTemplate } from '../demo/demo-trip-seed.js';
import { createJobHandler } from '../notifications/job-handler.js';
import { resolveSession } from '../auth/session.js';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';

const errorOf = (e: unknown) => toAppErrorData(e instanceof Error && e.cause ? e.cause : e);
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => errorOf(e),
  );
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');

const tripData = {
  destination: '深圳',
  period: ['2026-12-07', '2026-12-09'],
  itinerary: [
    { item: '交通', amount: 820.5 },
    { item: '住宿', amount: 1200 },
  ],
  advance: 1500,
  purpose: '项目验收',
  privateNote: '需要开具增值税专票',
};

/** A purchase route whose second step allows 已阅 (the first never may). */
const purchase = {
  model: {
    modelVersion: 1,
    key: 'ackpurchase',
    title: { zh: '物品申购', en: 'Purchase' },
    fields: [{ key: 'item', type: 'text', label: { zh: '物品', en: 'Item' }, required: true }],
  },
  flow: {
    key: 'ackpurchase',
    nodes: [
      { id: 'start', type: 'start', name: { zh: '发起', en: 'Start' } },
      {
        id: 'head',
        type: 'approve',
        name: { zh: '部门负责人审批', en: 'Head' },
        approvers: { kind: 'deptHead', level: 1 },
        mode: 'single',
      },
      {
        id: 'vp',
        type: 'approve',
        name: { zh: '分管领导会签', en: 'VP' },
        approvers: { kind: 'supervisingLeader', by: 'department' },
        mode: 'single',
        acknowledgeAllowed: true,
      },
      { id: 'end', type: 'end', name: { zh: '结束', en: 'End' } },
    ],
    edges: [
      { id: 'e1', from: 'start', to: 'head' },
      { id: 'e2', from: 'head', to: 'vp' },
      { id: 'e3', from: 'vp', to: 'end' },
    ],
  },
};

describe.each(testBackends())('the request page API on %s', (kind) => {
  let h: Harness;
  let tripId = '';
  const login = async (who: string) => {
    const b = h.browser();
    await b.login(who);
    return b;
  };
  const sessionOf = async (b: TestBrowser): Promise<SessionContext> => {
    const s = await resolveSession(h.deps, b.cookies.get(SESSION_COOKIE));
    if (!s) throw new Error('not logged in');
    return s;
  };
  const upload = async (b: TestBrowser, name: string, bytes: Buffer) =>
    (await uploadAttachment(await serviceContextFor(h.deps, await sessionOf(b)), { name, bytes })).id;
  const submitTrip = async () =>
    (await (await login('zhang.san')).api()).instances.submit({ templateId: tripId, data: tripData });
  const detail = async (who: string, id: string) => (await (await login(who)).api()).instances.get({ id });
  const runJobs = async () => {
    const handler = createJobHandler(h.deps);
    for (
      let o = await runNextJob(h.t.db, h.deps.clock(), handler);
      o.kind !== 'idle';
      o = await runNextJob(h.t.db, h.deps.clock(), handler)
    ) {
      if (o.kind === 'failed') throw new Error(o.error);
    }
  };

  beforeAll(async () => {
    h = await createHarness(kind);
    await seedDemoTripTemplate(h.deps);
    const admin = await (await login('admin')).api();
    tripId = (await admin.forms.listPublished()).find((f) => f.key === 'trip')?.templateId ?? '';
    await admin.templates.setSupervisors({ templateId: tripId, userIds: ['u-zhao'] });
  });
  afterAll(() => h.t.dispose());

  it('an approver sees the form as their step allows it: hidden fields gone everywhere, the rest read or edit; the applicant reads everything', async () => {
    const { id, serialNo } = await submitTrip();
    const li = await detail('li.si', id);
    expect(li.data).not.toHaveProperty('privateNote');
    expect(li.uiSchema.order).not.toContain('privateNote');
    expect(Object.keys(li.uiSchema.fields)).not.toContain('privateNote');
    expect(li.model.fields.map((f) => f.key)).not.toContain('privateNote');
    expect(Object.keys(li.schema.properties ?? {})).not.toContain('privateNote');
    expect(li.fieldAccess).toMatchObject({
      advance: 'edit',
      destination: 'read',
      purpose: 'read',
      privateNote: 'hidden',
    });
    // rules on the applicant's rank or department are evaluated with the applicant's facts, not the approver's
    const asApplicant = await (await (await login('zhang.san')).api()).forms.get({ templateId: tripId });
    const asApprover = await (await (await login('li.si')).api()).forms.get({ templateId: tripId });
    expect(li.applicantContext).toEqual(asApplicant.applicantContext);
    expect(li.applicantContext).not.toEqual(asApprover.applicantContext);
    // the serial-number field shows the number the server gave the request
    expect(li.data.serialNo).toBe(serialNo);
    expect(li.signatureRequired).toBe(true);
    expect(li.myOpenTask).toMatchObject({ nodeId: 'dept-head', kind: 'approve' });
    // the first step is the applicant's superior: no 已阅
    expect(li.availableActions).toEqual(['approve', 'reject', 'return', 'transfer', 'addSigner', 'comment']);
    expect(li.returnTargets).toEqual([
      { nodeId: 'start', name: { zh: '申请人（张三）', en: 'Applicant (张三)' } },
    ]);
    expect(li.route.map((s) => [s.nodeId, s.status, s.assignees.map((a) => a.name).join()])).toEqual([
      ['start', 'done', '张三'],
      ['dept-head', 'current', '李四'],
      ['leader', 'pending', '王五'],
      ['filing', 'pending', '赵六'],
      ['end', 'pending', ''],
    ]);

    const zhang = await detail('zhang.san', id);
    expect(zhang.data).toMatchObject({ privateNote: '需要开具增值税专票', total: 2020.5 });
    expect(new Set(Object.values(zhang.fieldAccess))).toEqual(new Set(['read']));
    expect(zhang.availableActions).toEqual(['withdraw', 'urge', 'comment']);
    expect(zhang.signatureRequired).toBe(false);
    expect(zhang.returnTargets).toEqual([]);
  });

  it('approve with a change to an editable field saves it with the signature, in the timeline and the audit; withdraw is then gone', async () => {
    const { id } = await submitTrip();
    const liB = await login('li.si');
    const signature = await upload(liB, 'sign.png', png);
    const taskId = (await detail('li.si', id)).myOpenTask?.id ?? '';
    await (
      await liB.api()
    ).actions.approve({ taskId, comment: '同意，预支减半', signature, data: { advance: 750 } });

    const zhang = await detail('zhang.san', id);
    expect(zhang.data).toMatchObject({ advance: 750, destination: '深圳', total: 2020.5 });
    expect(zhang.availableActions).toEqual(['urge', 'comment']);
    const approved = zhang.timeline.find((e) => e.type === 'approved');
    expect(approved).toMatchObject({
      actor: { name: '李四' },
      comment: '同意，预支减半',
      changedFields: [{ key: 'advance', label: { zh: '预支金额', en: 'Cash advance' } }],
    });
    expect(approved?.signatureUrl).toBe(`/files/${signature}`);
    // the image is now on the request: the applicant may see it
    expect(
      (
        await downloadAttachment(
          await serviceContextFor(h.deps, await sessionOf(await login('zhang.san'))),
          signature,
        )
      ).bytes.equals(png),
    ).toBe(true);
    // signing another request with the same image gives that request a copy of its own
    const second = await submitTrip();
    const secondTask = (await detail('li.si', second.id)).myOpenTask?.id ?? '';
    await (await liB.api()).actions.approve({ taskId: secondTask, signature });
    const url =
      (await detail('zhang.san', second.id)).timeline.find((e) => e.type === 'approved')?.signatureUrl ?? '';
    expect(url).toMatch(/^\/files\/.+/);
    expect(url).not.toBe(`/files/${signature}`);
    const copy = await downloadAttachment(
      await serviceContextFor(h.deps, await sessionOf(await login('zhang.san'))),
      decodeURIComponent(url.slice('/files/'.length)),
    );
    expect(copy.bytes.equals(png)).toBe(true);
    // a finished step is told by its decision, not also by a stale "waiting" entry
    expect(zhang.timeline.filter((e) => e.type === 'step_started').map((e) => e.nodeName?.en)).toEqual([
      'Supervising leader',
    ]);
    expect(zhang.route.slice(1, 3).map((s) => [s.nodeId, s.status])).toEqual([
      ['dept-head', 'done'],
      ['leader', 'current'],
    ]);

    const audit = await (await (await login('admin')).api()).audit.list({ action: 'instance.approve' });
    const line = audit.find((a) => a.subject === `instance:${id}`);
    expect(line?.data).toMatchObject({ changedFields: ['advance'], taskId });
    expect(JSON.stringify(line?.data)).not.toContain('750');
  });

  it('refuses a change to a read-only or hidden field, or an invalid value, naming the field, and changes nothing', async () => {
    const { id } = await submitTrip();
    const liB = await login('li.si');
    const signature = await upload(liB, 'sign.png', png);
    const taskId = (await detail('li.si', id)).myOpenTask?.id ?? '';
    const approve = async (data: Record<string, unknown>) =>
      refusal((await liB.api()).actions.approve({ taskId, signature, data }));

    const readOnly = await approve({ advance: 900, destination: '北京' });
    expect(readOnly).toMatchObject({
      code: 'forbidden',
      messageKey: 'errors.fieldNotEditable',
      fieldErrors: [{ path: 'destination' }],
    });
    expect(readOnly?.message.zh).toContain('目的地');
    expect(readOnly?.message.en).toContain('Destination');
    expect(await approve({ privateNote: '改一下' })).toMatchObject({
      messageKey: 'errors.fieldNotEditable',
      fieldErrors: [{ path: 'privateNote' }],
    });
    expect(await approve({ nonsense: 1 })).toMatchObject({
      messageKey: 'errors.fieldNotEditable',
      fieldErrors: [{ path: 'nonsense' }],
    });
    const invalid = await approve({ advance: -5 });
    expect(invalid).toMatchObject({ code: 'validation_failed', fieldErrors: [{ path: 'advance' }] });

    const after = await detail('zhang.san', id);
    expect(after.data).toMatchObject({ advance: 1500, destination: '深圳' });
    expect(after.status).toBe('running');
    expect(after.timeline.map((e) => e.type)).not.toContain('approved');
    expect((await detail('li.si', id)).myOpenTask?.id).toBe(taskId);
  });

  it('a step that requires a signature takes only an image its approver uploaded', async () => {
    const { id } = await submitTrip();
    const liB = await login('li.si');
    const taskId = (await detail('li.si', id)).myOpenTask?.id ?? '';
    const approve = async (signature?: string) =>
      refusal((await liB.api()).actions.approve({ taskId, ...(signature ? { signature } : {}) }));
    expect(await approve()).toMatchObject({ messageKey: 'flow.signatureRequired' });
    expect(await approve(await upload(await login('zhang.san'), 'sign.png', png))).toMatchObject({
      code: 'bad_request',
      messageKey: 'errors.signatureInvalid',
    });
    expect(await approve(await upload(liB, 'scan.pdf', pdf))).toMatchObject({
      messageKey: 'errors.signatureInvalid',
    });
    expect(await approve('no-such-file')).toMatchObject({ messageKey: 'errors.signatureInvalid' });
    expect(await approve(await upload(liB, 'sign.png', png))).toBeNull();
  });

  it('a return to the start node goes to the applicant, who may resubmit or withdraw', async () => {
    const { id } = await submitTrip();
    const li = await detail('li.si', id);
    await (
      await (await login('li.si')).api()
    ).actions.return({
      taskId: li.myOpenTask?.id ?? '',
      toNodeId: li.returnTargets[0]?.nodeId ?? '',
      reason: '请补充行程单',
    });
    const zhang = await detail('zhang.san', id);
    expect(zhang.availableActions).toEqual(['resubmit', 'withdraw', 'comment']);
    expect(zhang.route[0]).toMatchObject({ nodeId: 'start', status: 'current' });
    expect(zhang.timeline.find((e) => e.type === 'returned')).toMatchObject({
      comment: '请补充行程单',
      actor: { name: '李四' },
    });
  });

  it('transfers name whom they went to; a comment carries its files, attached to the request', async () => {
    const { id } = await submitTrip();
    const liB = await login('li.si');
    const taskId = (await detail('li.si', id)).myOpenTask?.id ?? '';
    await (await liB.api()).actions.transfer({ taskId, toUserId: 'u-wang', comment: '出差中' });
    const zhangB = await login('zhang.san');
    const fileId = await upload(zhangB, '行程单.pdf', pdf);
    await (
      await zhangB.api()
    ).actions.comment({ instanceId: id, text: '补充行程单', attachments: [{ id: fileId, name: 'x.pdf' }] });

    const wang = await detail('wang.wu', id);
    expect(wang.timeline.find((e) => e.type === 'transferred')).toMatchObject({
      actor: { name: '李四' },
      toUsers: [{ id: 'u-wang', name: '王五' }],
    });
    expect(wang.timeline.find((e) => e.type === 'commented')?.attachments).toEqual([
      { id: fileId, name: '行程单.pdf', size: pdf.length, type: 'application/pdf' },
    ]);
    expect(wang.route[1]).toMatchObject({
      nodeId: 'dept-head',
      status: 'current',
      assignees: [{ id: 'u-wang', name: '王五' }],
    });
    // li took part and may still read it, and its files
    expect(
      (await downloadAttachment(await serviceContextFor(h.deps, await sessionOf(liB)), fileId)).name,
    ).toBe('行程单.pdf');
    // someone else's upload cannot be slipped into a comment
    const foreign = await upload(await login('li.si'), 'other.pdf', pdf);
    expect(
      await refusal(
        (await zhangB.api()).actions.comment({
          instanceId: id,
          text: '再看',
          attachments: [{ id: foreign, name: 'o.pdf' }],
        }),
      ),
    ).toMatchObject({ code: 'not_found' });
  });

  it('offers 已阅 to the assignee of a later step that allows it', async () => {
    const api = await (await login('admin')).api();
    const saved = await api.forms.saveDraft({
      key: purchase.model.key,
      title: purchase.model.title,
      serialPrefix: 'YY',
      draft: purchase,
    });
    await api.forms.publish({ templateId: saved.templateId });
    const { id } = await (
      await (await login('zhang.san')).api()
    ).instances.submit({ templateId: saved.templateId, data: { item: '投影仪' } });
    const head = await detail('li.si', id);
    expect(head.availableActions).not.toContain('acknowledge');
    await (await (await login('li.si')).api()).actions.approve({ taskId: head.myOpenTask?.id ?? '' });
    const vp = await detail('wang.wu', id);
    expect(vp.availableActions).toEqual([
      'approve',
      'acknowledge',
      'reject',
      'return',
      'transfer',
      'addSigner',
      'comment',
    ]);
    expect(vp.returnTargets.map((t) => t.nodeId)).toEqual(['start', 'head']);
  });

  it('the supervisor reads the request and may extend it; once it is overdue, reassign it too', async () => {
    const { id } = await submitTrip();
    const before = await detail('zhao.liu', id);
    expect(before.availableActions).toEqual(['urge', 'comment', 'extend']);
    expect(new Set(Object.values(before.fieldAccess))).toEqual(new Set(['read']));
    h.advance(9 * 3_600_000);
    await runJobs();
    const after = await detail('zhao.liu', id);
    expect(after.availableActions).toEqual(['urge', 'comment', 'reassign', 'extend']);
    expect(after.timeline.map((e) => e.type)).toContain('overdue');
    // someone with no part in it is told it does not exist
    const outsider = await refusal((await (await login('wang.wu')).api()).instances.get({ id }));
    expect(outsider).toMatchObject({ code: 'not_found' });
  });
});
