import { describe, expect, it } from 'vitest';
import { groupByFolder, matchesQuery, recentTemplates, toStartTemplate, type StartTemplate } from './start-catalog';

const tpl = (key: string, zh: string, over: Record<string, unknown> = {}): StartTemplate =>
  toStartTemplate({ templateId: `id-${key}`, key, title: { zh, en: key }, ...over });

const HR = { id: 'f-hr', name: '人事行政' };
const FIN = { id: 'f-fin', name: '财务' };

describe('start page catalog', () => {
  it('reads the description and folder the server sends, and ignores an empty description', () => {
    const t = tpl('leave', '请休假', { description: { zh: '按天数逐级审批', en: 'By days' }, folder: HR });
    expect(t.description?.zh).toBe('按天数逐级审批');
    expect(t.folder).toEqual(HR);
    expect(tpl('x', '无', { description: { zh: ' ', en: '' } }).description).toBeNull();
    expect(tpl('y', '无').folder).toBeNull();
  });

  it('groups by folder in name order, keeping each folder’s template order, with the folderless last', () => {
    const groups = groupByFolder(
      [tpl('expense', '费用报销', { folder: FIN }), tpl('misc', '其他'), tpl('leave', '请休假', { folder: HR }), tpl('loan', '借款', { folder: FIN })],
      'zh',
    );
    expect(groups.map((g) => g.folder?.name ?? null)).toEqual(['财务', '人事行政', null]);
    expect(groups[0]?.templates.map((t) => t.key)).toEqual(['expense', 'loan']);
  });

  it('finds a flow by any word of its titles, key or description', () => {
    const t = tpl('re_expense', '费用报销', { description: { zh: '出差与日常费用', en: 'Travel and daily costs' } });
    expect(matchesQuery(t, '报销')).toBe(true);
    expect(matchesQuery(t, 'TRAVEL')).toBe(true);
    expect(matchesQuery(t, '出差 费用')).toBe(true);
    expect(matchesQuery(t, '出差 请假')).toBe(false);
    expect(matchesQuery(t, '  ')).toBe(true);
  });

  it('offers the latest distinct flows the person started, and only ones they may still start', () => {
    const all = [tpl('leave', '请休假'), tpl('expense', '费用报销'), tpl('car', '派车')];
    const recent = recentTemplates(['expense', 'expense', 'gone', 'leave', 'car'], all, 2);
    expect(recent.map((t) => t.key)).toEqual(['expense', 'leave']);
  });
});
