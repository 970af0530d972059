import type { Session } from '../harness/http-session.js';

/**
 * The races' own templates, designed and published as the demo admin does it in the designer
 * (forms.saveDraft, then forms.publish): a 或签 step across five people, and a single-approver step
 * with a time limit so short that its task is overdue within seconds (what lets a supervisor reassign).
 */
const model = (key: string) => ({
  modelVersion: 1,
  key,
  title: { zh: '并发测试', en: 'Race test' },
  fields: [
    {
      key: 'reason',
      type: 'textarea',
      label: { zh: '事由', en: 'Reason' },
      required: true,
      maxLength: 500,
      width: 24,
    },
  ],
});

const route = (key: string, step: Record<string, unknown>) => ({
  key,
  nodes: [
    { id: 'start', type: 'start', name: { zh: '发起', en: 'Submit' } },
    { id: 'sign', type: 'approve', name: { zh: '审批', en: 'Approve' }, ...step },
    { id: 'end', type: 'end', name: { zh: '结束', en: 'End' } },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'sign' },
    { id: 'e2', from: 'sign', to: 'end' },
  ],
});

async function publish(admin: Session, key: string, serialPrefix: string, step: Record<string, unknown>) {
  const saved = await admin.mutate<{ templateId: string; problems: unknown[] }>('forms.saveDraft', {
    key,
    title: { zh: `并发测试 ${key}`, en: `Race test ${key}` },
    serialPrefix,
    draft: { model: model(key), flow: route(key, step) },
  });
  if (!saved.ok || saved.data.problems.length > 0)
    throw new Error(`saveDraft ${key}: ${saved.ok ? JSON.stringify(saved.data.problems) : saved.raw}`);
  const published = await admin.mutate('forms.publish', { templateId: saved.data.templateId });
  if (!published.ok) throw new Error(`publish ${key}: ${published.raw}`);
  return saved.data.templateId;
}

/** 或签: everyone of `userIds` gets a task, the first approval completes the step. */
export function publishOrSign(admin: Session, userIds: string[]): Promise<string> {
  return publish(admin, 'race_any', 'RA', {
    mode: 'any',
    approvers: { kind: 'union', of: userIds.map((id) => ({ kind: 'user', id })) },
  });
}

/** One approver, a time limit of about a second (yellow card, then red a second later), and supervisors. */
export async function publishOverdue(admin: Session, approverId: string, supervisorIds: string[]) {
  const templateId = await publish(admin, 'race_late', 'RL', {
    mode: 'single',
    approvers: { kind: 'user', id: approverId },
    timeLimit: { hours: 0.0003 },
  });
  const set = await admin.mutate('templates.setSupervisors', { templateId, userIds: supervisorIds });
  if (!set.ok) throw new Error(`setSupervisors: ${set.raw}`);
  return templateId;
}
