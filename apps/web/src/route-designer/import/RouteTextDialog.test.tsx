import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { FormModel } from '@signoff/schema';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../../i18n/i18n';
import type { RouteOrg } from '../settings/route-org';
import type { FlowDefinition } from '../settings/route-types';
import { testFields, testOrg } from '../settings/test-route';
import { RouteTextDialog } from './RouteTextDialog';

const form: FormModel = {
  modelVersion: 1,
  key: 'contract',
  title: { zh: '合同审批', en: 'Contract' },
  fields: testFields,
};

function open(org: RouteOrg | null = testOrg) {
  const onAccept = vi.fn<(flow: FlowDefinition) => void>();
  const onClose = vi.fn();
  render(
    <RouteTextDialog
      open
      onClose={onClose}
      onAccept={onAccept}
      form={form}
      org={org ?? undefined}
      routeKey="contract"
    />,
  );
  return { onAccept, onClose };
}

const type = (text: string) =>
  fireEvent.change(screen.getByTestId('route-text-input'), { target: { value: text } });
const accept = () => fireEvent.click(screen.getByTestId('route-text-accept'));
const steps = () =>
  screen.getAllByTestId('route-text-step').map((li) => li.textContent?.replace(/\s+/g, ' ').trim());

afterEach(() => setLang('zh'));

describe('RouteTextDialog', () => {
  it('reads a line into steps in words, marks the words it could not place, and hands over the draft', async () => {
    const { onAccept, onClose } = open();
    type('本人填写→部门经理审批→财务部审核→董事长审批→总监签字');
    await waitFor(() => expect(screen.getAllByTestId('route-text-step')).toHaveLength(3));
    expect(steps()).toEqual([
      '审批部门经理审批 · 申请人的部门负责人',
      '审批财务部审核 · 部门「财务部」的负责人',
      '审批董事长审批 · 职位「董事长」',
    ]);
    // 总监 is no position of this org, so 签字 has nobody to sign: marked in the line, listed with why
    const marks = screen.getAllByTestId('route-text-unplaced-mark');
    expect(marks.map((m) => m.textContent)).toEqual(['总监签字']);
    expect(marks[0]?.title).toContain('「总监」不是本企业组织中的部门、岗位或审批用语');
    const list = screen.getByTestId('route-text-unplaced');
    const items = within(list).getAllByRole('listitem');
    expect(list.textContent).toContain(`${items.length} 处文字没有用上`);
    expect(items.map((li) => li.dataset.code)).toContain('unknown_word');
    expect(list.textContent).toContain('「总监」不是本企业组织中的部门、岗位或审批用语');

    const button = screen.getByTestId('route-text-accept');
    expect(button.textContent).toBe(`仍然使用（${items.length} 处未用上）`);
    accept();
    expect(onAccept).toHaveBeenCalledTimes(1);
    const flow = onAccept.mock.calls[0]?.[0];
    expect(flow?.key).toBe('contract');
    expect(flow?.nodes.filter((n) => n.type === 'approve').map((n) => n.name.zh)).toEqual([
      '部门经理审批',
      '财务部审核',
      '董事长审批',
    ]);
    expect(onClose).toHaveBeenCalled();
  });

  it('shows a condition in brackets as a branch on the form field, in English too', async () => {
    setLang('en');
    open();
    type('部门经理审核→董事长审批(涉及金额)→出纳支付');
    await waitFor(() => expect(screen.getAllByTestId('route-text-step').length).toBeGreaterThan(0));
    const draft = screen.getByTestId('route-text-draft');
    expect(draft.textContent).toContain('Draft: 3 step(s)');
    expect(steps()).toEqual([
      "ApproveDepartment head approves · The applicant's department head",
      'Approve董事长 approves · Position "董事长"',
      'HandleCashier pays · Position "出纳"',
    ]);
    // (涉及金额): the chairman only when there is an amount, on the form's 金额 field; a step passed
    // over (the department head, when the applicant is one) reads as a note on it, not as two paths
    const guards = screen.getAllByTestId('route-text-guard').map((g) => g.textContent ?? '');
    expect(guards.some((g) => g.startsWith('Only when Amount > 0:') && g.includes('董事长 approves'))).toBe(
      true,
    );
    expect(guards.some((g) => g.startsWith("Skipped when the applicant's positions"))).toBe(true);
    expect(screen.queryByTestId('route-text-branch')).toBeNull();
    expect(screen.getByTestId('route-text-unplaced').textContent).toBe('Every word was used.');
  });

  it('offers nothing to accept while the line names no step, and says why', async () => {
    const { onAccept } = open();
    type('总监签字');
    await waitFor(() =>
      expect(screen.getByTestId('route-text-draft').textContent).toContain('没有读出任何步骤'),
    );
    expect(screen.getByTestId('route-text-accept')).toHaveProperty('disabled', true);
    accept();
    expect(onAccept).not.toHaveBeenCalled();
  });

  it('waits for the org before reading anything', () => {
    open(null);
    expect(screen.getByText('组织架构未加载，无法从文字生成')).toBeTruthy();
    expect(screen.getByTestId('route-text-input')).toHaveProperty('disabled', true);
  });
});
