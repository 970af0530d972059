import type { FlowDefinition, FlowEffect } from '@signoff/flow';
import type { Localized } from './app-error.js';
import type { Notice } from './notify.js';

const STATUS: Record<string, Localized> = {
  approved: { zh: '已通过', en: 'approved' },
  rejected: { zh: '已驳回', en: 'rejected' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
  cancelled: { zh: '已取消', en: 'cancelled' },
};

/**
 * What people are told about an engine step: the assignee of a task that needs them now (a CC
 * is a notice too), and the applicant when the request ends. Other effects (timers, cancelled
 * tasks) change no one's to-do list and stay quiet.
 */
export function effectNotices(
  def: FlowDefinition,
  effects: readonly FlowEffect[],
  ctx: { instanceId: string; serialNo: string; title: Localized; applicantId: string; applicantName: string },
): Notice[] {
  const nodeName = (id: string) => def.nodes.find((n) => n.id === id)?.name ?? { zh: id, en: id };
  const out: Notice[] = [];
  for (const e of effects) {
    if ((e.type === 'task_created' && (e.status === 'pending' || e.status === 'unread')) || e.type === 'task_activated') {
      const step = nodeName(e.nodeId);
      const cc = e.kind === 'notify';
      out.push({
        userIds: [e.assigneeId],
        kind: cc ? 'cc' : 'task',
        instanceId: ctx.instanceId,
        taskId: e.taskId,
        title: cc
          ? { zh: `抄送：${ctx.applicantName}的${ctx.title.zh}`, en: `For your information: ${ctx.title.en} from ${ctx.applicantName}` }
          : { zh: `待办：${ctx.applicantName}的${ctx.title.zh}`, en: `To do: ${ctx.title.en} from ${ctx.applicantName}` },
        body: {
          zh: `单号 ${ctx.serialNo}，环节「${step.zh}」${cc ? '抄送给你' : '等待你处理'}。`,
          en: `${ctx.serialNo}, step "${step.en}", ${cc ? 'copied to you' : 'is waiting for you'}.`,
        },
      });
    } else if (e.type === 'instance_finished') {
      const s = STATUS[e.status] ?? { zh: e.status, en: e.status };
      out.push({
        userIds: [ctx.applicantId],
        kind: 'finished',
        instanceId: ctx.instanceId,
        title: { zh: `你的${ctx.title.zh}${s.zh}`, en: `Your ${ctx.title.en} was ${s.en}` },
        body: { zh: `单号 ${ctx.serialNo} ${s.zh}。`, en: `${ctx.serialNo} was ${s.en}.` },
      });
    }
  }
  return out;
}
