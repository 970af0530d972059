import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n';
import { effectiveAccess, grantsOnTarget } from './access-model';
import { sourceWords } from './access-words';
import { toCsv } from '../../files/csv';
import { filterReview, reviewRows } from './review-rows';
import { testFacts } from './test-facts';
import './admin-templates.i18n';

const t = i18n.t.bind(i18n);

describe('effective access on the permission screens', () => {
  it('gives a folder grant to the granted department only, inherited by the forms of sub-folders', () => {
    const facts = testFacts();
    const pay = facts.templates[0]!;
    const rows = Object.fromEntries(effectiveAccess(facts, pay).map((r) => [r.user.id, r]));
    expect(Object.keys(rows)).toEqual(['admin', 'qian', 'zhang']); // leavers are not listed
    expect(rows.qian?.level).toBe('author');
    expect(rows.zhang?.level).toBeNull();
    expect(rows.admin?.source.kind).toBe('admin');
    expect(sourceWords(t, facts, rows.qian!.source)).toBe('继承自 财务类：部门 财务部');
    expect(sourceWords(t, facts, rows.zhang!.source)).toBe('没有匹配的授权');
  });

  it('leaves a form with no grant on its path open to every member as an author', () => {
    const facts = testFacts();
    const leave = effectiveAccess(facts, facts.templates[1]!);
    expect(leave.find((r) => r.user.id === 'zhang')?.level).toBe('author');
    expect(sourceWords(t, facts, leave[1]!.source)).toBe('开放：没有任何授权');
  });

  it('lists a target’s own grants apart from those inherited, nearest folder first', () => {
    const facts = testFacts({
      grants: [
        ...testFacts().grants,
        {
          id: 'g-2',
          targetType: 'folder',
          targetId: 'f-exp',
          principalType: 'everyone',
          principalId: '',
          level: 'reader',
        },
        {
          id: 'g-3',
          targetType: 'template',
          targetId: 't-pay',
          principalType: 'user',
          principalId: 'zhang',
          level: 'editor',
        },
      ],
    });
    const onPay = grantsOnTarget(facts, { type: 'template', id: 't-pay', folderId: 'f-exp' });
    expect(onPay.own.map((g) => g.id)).toEqual(['g-3']);
    expect(onPay.inherited.map((x) => [x.grant.id, x.from.name])).toEqual([
      ['g-2', '报销'],
      ['g-1', '财务类'],
    ]);
    const onFolder = grantsOnTarget(facts, { type: 'folder', id: 'f-exp', folderId: 'f-fin' });
    expect(onFolder.own.map((g) => g.id)).toEqual(['g-2']);
    expect(onFolder.inherited.map((x) => x.grant.id)).toEqual(['g-1']);
  });
});

describe('the permission review', () => {
  it('has one row per active person and form, filters by person, form and tier, and exports as CSV', () => {
    const facts = testFacts();
    const rows = reviewRows(facts);
    expect(rows).toHaveLength(6);
    const none = filterReview(rows, { q: '', level: 'none', hideNone: false });
    expect(none.map((r) => `${r.user.name}/${r.template.key}`)).toEqual(['张三/payment']);
    expect(filterReview(rows, { q: '张三', hideNone: true }).map((r) => r.template.key)).toEqual(['leave']);
    expect(filterReview(rows, { q: '', templateId: 't-pay', hideNone: true })).toHaveLength(2);
    expect(
      toCsv([
        ['名字', 'a,b'],
        ['引"号', 'x'],
      ]),
    ).toBe('\uFEFF名字,"a,b"\r\n"引""号",x\r\n');
  });
});
