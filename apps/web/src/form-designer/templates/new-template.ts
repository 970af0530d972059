import { pinyin } from 'pinyin-pro';
import type { Localized } from '@signoff/schema';

const KEY = /^[a-z][a-z0-9-]{1,63}$/;
const PREFIX = /^[A-Z0-9]{1,8}$/;

/** A form key from its name, as the server accepts it: pinyin of the Chinese (请假申请 → `qingjiashenqing`), else the English. */
export function proposeKey(title: Localized): string {
  const zh = pinyin(title.zh, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('');
  for (const source of [zh, title.en]) {
    const key = source
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^[^a-z]+/, '')
      .replace(/-+$/, '')
      .slice(0, 64)
      .replace(/-+$/, '');
    if (KEY.test(key)) return key;
  }
  return '';
}

/** The request numbers' prefix: the name's initials in capitals (请假申请 → `QJSQ`), at most eight. */
export function proposePrefix(title: Localized): string {
  const zh = pinyin(title.zh, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'removed' }).join(
    '',
  );
  const en = title.en
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0] ?? '')
    .join('');
  const prefix = (zh || en)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, 8);
  return PREFIX.test(prefix) ? prefix : 'F';
}

export const isValidKey = (key: string): boolean => KEY.test(key);
export const isValidPrefix = (prefix: string): boolean => PREFIX.test(prefix);

/** The smallest route, which a new form starts with: the applicant's department head approves. */
export function smallestRoute(key: string) {
  return {
    key,
    nodes: [
      { id: 'start', type: 'start', name: { zh: '发起申请', en: 'Submit' } },
      {
        id: 'head',
        type: 'approve',
        name: { zh: '部门负责人审批', en: 'Department head' },
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
}

/**
 * What forms.saveDraft gets for a new form: no fields yet, and the smallest route, so the draft saves
 * at once and the route can be designed later.
 */
export function newTemplateDraft(key: string, title: Localized) {
  return { model: { modelVersion: 1, key, title, fields: [] as unknown[] }, flow: smallestRoute(key) };
}
