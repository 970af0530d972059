import type { Localized } from '@signoff/schema';
import type { FlowDefinition } from './flow-definition.js';
import type { FlowEffect, NotifyTemplate } from './flow-effect.js';

/** Something to tell people, in both languages; the caller stores it and may e-mail it. */
export interface Notice {
  userIds: readonly string[];
  /** a NotifyTemplate, or `supervise_overdue` / `supervise_red_card` for the template's supervisors */
  kind: string;
  instanceId?: string;
  taskId?: string;
  title: Localized;
  body: Localized;
}

/** What the texts name, loaded by the caller: the request, its form's title and the applicant's name. */
export interface NoticeContext {
  instanceId: string;
  serialNo: string;
  title: Localized;
  applicantId: string;
  applicantName: string;
  /** the template's 督办人: told of overdue work and red cards as well as the assignee */
  supervisorIds: readonly string[];
}

type Text = (c: NoticeContext, step: Localized) => { title: Localized; body: Localized };

const TEXT: Record<NotifyTemplate, Text> = {
  task: (c, s) => ({
    title: {
      zh: `待办：${c.applicantName}的${c.title.zh}`,
      en: `To do: ${c.title.en} from ${c.applicantName}`,
    },
    body: {
      zh: `单号 ${c.serialNo}，环节「${s.zh}」等待你处理。`,
      en: `${c.serialNo}, step "${s.en}", is waiting for you.`,
    },
  }),
  cc: (c, s) => ({
    title: {
      zh: `抄送：${c.applicantName}的${c.title.zh}`,
      en: `For your information: ${c.title.en} from ${c.applicantName}`,
    },
    body: {
      zh: `单号 ${c.serialNo}，环节「${s.zh}」抄送给你。`,
      en: `${c.serialNo}, step "${s.en}", copied to you.`,
    },
  }),
  remind: (c, s) => ({
    title: { zh: `提醒：${c.title.zh}仍待你处理`, en: `Reminder: ${c.title.en} still waits for you` },
    body: { zh: `单号 ${c.serialNo}，环节「${s.zh}」。`, en: `${c.serialNo}, step "${s.en}".` },
  }),
  overdue: (c, s) => ({
    title: { zh: `黄牌：${c.title.zh}已超期`, en: `Yellow card: ${c.title.en} is overdue` },
    body: {
      zh: `单号 ${c.serialNo}，环节「${s.zh}」已超过办理时限。`,
      en: `${c.serialNo}, step "${s.en}", passed its time limit.`,
    },
  }),
  red_card: (c, s) => ({
    title: { zh: `红牌：${c.title.zh}严重超期`, en: `Red card: ${c.title.en} is long overdue` },
    body: {
      zh: `单号 ${c.serialNo}，环节「${s.zh}」超期未办。`,
      en: `${c.serialNo}, step "${s.en}", is still not done.`,
    },
  }),
  urge: (c, s) => ({
    title: {
      zh: `催办：${c.applicantName}的${c.title.zh}`,
      en: `Please act: ${c.title.en} from ${c.applicantName}`,
    },
    body: {
      zh: `单号 ${c.serialNo}，环节「${s.zh}」被催办。`,
      en: `${c.serialNo}, step "${s.en}": you were urged.`,
    },
  }),
  returned: (c, s) => ({
    title: { zh: `退回：${c.title.zh}`, en: `Returned: ${c.title.en}` },
    body: { zh: `单号 ${c.serialNo} 在「${s.zh}」被退回。`, en: `${c.serialNo} was returned at "${s.en}".` },
  }),
  finished: (c) => ({
    title: { zh: `你的${c.title.zh}已办结`, en: `Your ${c.title.en} is finished` },
    body: { zh: `单号 ${c.serialNo} 已办结。`, en: `${c.serialNo} is finished.` },
  }),
  comment: (c, s) => ({
    title: { zh: `评论：${c.title.zh}`, en: `Comment: ${c.title.en}` },
    body: {
      zh: `单号 ${c.serialNo}${s.zh ? `，环节「${s.zh}」` : ''}有新的评论。`,
      en: `${c.serialNo} has a new comment.`,
    },
  }),
  extended: (c, s) => ({
    title: { zh: `延期：${c.title.zh}`, en: `Deadline moved: ${c.title.en}` },
    body: {
      zh: `单号 ${c.serialNo}，环节「${s.zh}」的时限已延长。`,
      en: `${c.serialNo}, step "${s.en}": the deadline moved.`,
    },
  }),
  reassigned: (c, s) => ({
    title: { zh: `改派：${c.title.zh}`, en: `Reassigned: ${c.title.en}` },
    body: {
      zh: `单号 ${c.serialNo}，环节「${s.zh}」已改派他人。`,
      en: `${c.serialNo}, step "${s.en}", went to someone else.`,
    },
  }),
};

const STATUS: Record<string, Localized> = {
  approved: { zh: '已通过', en: 'approved' },
  rejected: { zh: '已驳回', en: 'rejected' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
  cancelled: { zh: '已取消', en: 'cancelled' },
};

/**
 * What people are told about an engine step, from the engine's own `notify` effects (recipients
 * already resolved), plus the template supervisor for yellow and red cards, which the engine
 * cannot know. A finished request says how it ended.
 */
export function effectNotices(
  def: FlowDefinition,
  effects: readonly FlowEffect[],
  ctx: NoticeContext,
): Notice[] {
  const nodeName = (id: string | undefined): Localized =>
    id ? (def.nodes.find((n) => n.id === id)?.name ?? { zh: id, en: id }) : { zh: '', en: '' };
  const finished = effects.find((e) => e.type === 'instance_finished');
  const out: Notice[] = [];
  for (const e of effects) {
    if (e.type === 'notify') {
      let text = TEXT[e.template](ctx, nodeName(e.nodeId));
      if (e.template === 'finished' && finished?.type === 'instance_finished') {
        const s = STATUS[finished.status] ?? { zh: finished.status, en: finished.status };
        text = {
          title: { zh: `你的${ctx.title.zh}${s.zh}`, en: `Your ${ctx.title.en} was ${s.en}` },
          body: { zh: `单号 ${ctx.serialNo} ${s.zh}。`, en: `${ctx.serialNo} was ${s.en}.` },
        };
      }
      out.push({
        userIds: e.userIds,
        kind: e.template,
        instanceId: ctx.instanceId,
        ...(e.taskId ? { taskId: e.taskId } : {}),
        ...text,
      });
    } else if ((e.type === 'overdue' || e.type === 'red_card') && ctx.supervisorIds.length > 0) {
      const template = e.type === 'overdue' ? 'overdue' : 'red_card';
      out.push({
        userIds: ctx.supervisorIds,
        kind: `supervise_${template}`,
        instanceId: ctx.instanceId,
        taskId: e.taskId,
        ...TEXT[template](ctx, nodeName(e.nodeId)),
      });
    }
  }
  return out;
}
