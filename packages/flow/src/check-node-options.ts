import type { FormField, Localized } from '@signoff/schema';
import { FIELD_PERMISSIONS, NODE_ACTIONS, type NodeActionType } from './flow-definition.js';
import { isObj, type Obj, type Report } from './indexed-flow.js';

/** The step's on/off settings, named as the settings panel names them (a pasted route may hold anything). */
const FLAGS: Record<string, Localized> = {
  signatureRequired: { zh: '需要签名', en: 'signature required' },
  skipApprovedOnResubmit: {
    zh: '重新提交时跳过已审批的人',
    en: 'skip who already approved, after a resubmission',
  },
  skipApplicant: { zh: '跳过申请人', en: 'skip the applicant' },
  skipPrevious: { zh: '跳过上一步的审批人', en: 'skip the previous approver' },
  acknowledgeAllowed: { zh: '允许已阅', en: 'acknowledge allowed' },
};

const positive = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

/**
 * The designer's per-step settings: time limit, reminder, allowed actions, flags and field
 * permissions. `raw` is the node as stored; `label` quotes it in messages.
 */
export function checkNodeOptions(
  raw: Obj,
  at: { nodeId: string; path: string },
  label: Localized,
  fields: readonly FormField[] | undefined,
  report: Report,
): void {
  const bad = (code: string, key: string, zh: string, en: string) =>
    report({
      code,
      nodeId: at.nodeId,
      path: `${at.path}.${key}`,
      message: { zh: `${label.zh}${zh}`, en: `${label.en}: ${en}` },
    });
  const isStep = raw.type === 'approve' || raw.type === 'handle';

  if (isStep && raw.timeLimitHours !== undefined && !positive(raw.timeLimitHours)) {
    report({
      code: 'invalid_time_limit',
      nodeId: at.nodeId,
      path: `${at.path}.timeLimitHours`,
      message: {
        zh: `${label.zh}的时限须为正数小时`,
        en: `The time limit of ${label.en} must be a positive number of hours`,
      },
    });
  }
  if (isStep && raw.timeLimit !== undefined) {
    const t = raw.timeLimit;
    const hours = isObj(t) ? t.hours : undefined;
    const days = isObj(t) ? t.workingDays : undefined;
    const ok =
      isObj(t) &&
      (hours === undefined) !== (days === undefined) &&
      (hours === undefined || positive(hours)) &&
      (days === undefined || (positive(days) && Number.isInteger(days)));
    if (!ok)
      bad(
        'invalid_time_limit',
        'timeLimit',
        '的时限须为正数小时，或整数个工作日（二选一）',
        'the time limit must be a positive number of hours or a whole number of working days (one of the two)',
      );
  }
  if (isStep && raw.reminder !== undefined) {
    const r = raw.reminder;
    const ok =
      isObj(r) &&
      positive(r.afterHours) &&
      (r.repeatHours === undefined || (positive(r.repeatHours) && r.repeatHours >= 1));
    if (!ok)
      bad(
        'invalid_reminder',
        'reminder',
        '的提醒须在正数小时后发出，重复间隔至少 1 小时',
        'a reminder needs a positive number of hours, and repeats at least an hour apart',
      );
  }
  if (isStep && raw.allowedActions !== undefined) {
    const list = raw.allowedActions;
    const completing: NodeActionType = raw.type === 'handle' ? 'done' : 'approve';
    if (!Array.isArray(list) || list.some((a) => !NODE_ACTIONS.includes(a as NodeActionType))) {
      bad(
        'invalid_allowed_actions',
        'allowedActions',
        `的可用操作只能取 ${NODE_ACTIONS.join('、')}`,
        `allowed actions must be among ${NODE_ACTIONS.join(', ')}`,
      );
    } else if (!list.includes(completing)) {
      bad(
        'invalid_allowed_actions',
        'allowedActions',
        `的可用操作须包含「${completing}」，否则此步骤永远无法完成`,
        `allowed actions must include "${completing}", or the step could never complete`,
      );
    }
  }
  for (const [flag, name] of Object.entries(FLAGS)) {
    if (isStep && raw[flag] !== undefined && typeof raw[flag] !== 'boolean')
      bad('invalid_node', flag, `的「${name.zh}」须为是或否`, `"${name.en}" must be true or false`);
  }
  if (raw.type === 'handle' && raw.acknowledgeAllowed === true) {
    bad(
      'invalid_node',
      'acknowledgeAllowed',
      '是办理节点，不能「已阅」',
      'a handle step cannot be acknowledged',
    );
  }

  const perms = raw.fieldPermissions;
  if ((isStep || raw.type === 'notify') && perms !== undefined) {
    if (!isObj(perms)) {
      bad(
        'invalid_field_permissions',
        'fieldPermissions',
        '的字段权限须为字段到权限的映射',
        'field permissions must map field keys to permissions',
      );
      return;
    }
    const keys = fields ? new Set(fields.map((f) => f.key)) : undefined;
    for (const [key, value] of Object.entries(perms)) {
      if (!FIELD_PERMISSIONS.includes(value as never)) {
        bad(
          'invalid_field_permissions',
          `fieldPermissions.${key}`,
          `的字段「${key}」权限「${String(value)}」未知（可为 read、edit、hidden）`,
          `the permission "${String(value)}" of field "${key}" is unknown (read, edit or hidden)`,
        );
      }
      if (keys && !keys.has(key))
        bad(
          'unknown_field',
          `fieldPermissions.${key}`,
          `的字段权限引用了表单中没有的字段「${key}」`,
          `field permissions name "${key}", which the form does not have`,
        );
    }
  }
}
