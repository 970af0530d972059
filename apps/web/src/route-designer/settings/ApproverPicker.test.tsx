import { useState } from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { setLang } from '../../i18n/i18n';
import { ApproverPicker } from './ApproverPicker';
import type { RouteOrg } from './route-org';
import type { ApproverExpression } from './route-types';
import { choose, optionTexts } from './select-test-helpers';
import { testFields as fields, testOrg } from './test-route';

/** The picker with its value kept, as the settings panel keeps it through the route. */
function Picker({
  initial,
  onChange,
  org = testOrg,
}: {
  initial: ApproverExpression;
  onChange: (e: ApproverExpression) => void;
  org?: RouteOrg | null;
}) {
  const [value, setValue] = useState(initial);
  return (
    <ApproverPicker
      value={value}
      fields={fields}
      org={org ?? undefined}
      onChange={(e) => {
        setValue(e);
        onChange(e);
      }}
    />
  );
}

const part = (n: number) => screen.getByRole('group', { name: `第 ${n} 类审批人` });
const kind = (name: string, n = 1) => fireEvent.click(within(part(n)).getByRole('radio', { name }));
const words = () => screen.getByTestId('approvers-in-words').textContent;

describe('ApproverPicker', () => {
  it('makes each kind of approver expression from the kinds and their choices', async () => {
    const onChange = vi.fn();
    render(<Picker initial={{ kind: 'position', name: '董事长' }} onChange={onChange} />);
    const last = () => onChange.mock.lastCall?.[0] as ApproverExpression;

    kind('部门负责人');
    expect(last()).toEqual({ kind: 'deptHead', level: 1 });
    fireEvent.click(screen.getByRole('radio', { name: '上两级' }));
    expect(last()).toEqual({ kind: 'deptHead', level: 3 });
    expect(words()).toBe('审批人：申请人的部门负责人（上两级）');

    kind('分管领导');
    expect(last()).toEqual({ kind: 'supervisingLeader', by: 'department' });
    fireEvent.click(screen.getByRole('radio', { name: '表单中的分类字段' }));
    expect(last()).toEqual({ kind: 'supervisingLeader', by: 'category', field: 'contentType' });
    await choose('选择分类字段', '紧急程度');
    expect(last()).toEqual({ kind: 'supervisingLeader', by: 'category', field: 'urgency' });

    // a kind that needs a name reports nothing until the name is chosen
    const calls = onChange.mock.calls.length;
    kind('职位');
    expect(onChange.mock.calls.length).toBe(calls);
    await choose('选择职位', '出纳');
    expect(last()).toEqual({ kind: 'position', name: '出纳' });

    kind('某部门的负责人');
    await choose('选择部门', '财务部');
    expect(last()).toEqual({ kind: 'departmentHead', name: '财务部' });

    kind('角色');
    await choose('选择角色', '印章管理员');
    expect(last()).toEqual({ kind: 'role', name: '印章管理员' });

    kind('表单中的成员');
    await choose('选择成员字段', '经办人');
    expect(last()).toEqual({ kind: 'formUser', field: 'handler' });

    kind('发起人自选');
    expect(last()).toEqual({ kind: 'chosenBySubmitter' });

    kind('指定成员');
    await choose('选择成员', '张三');
    expect(last()).toEqual({ kind: 'user', id: 'u1' });
    expect(words()).toBe('审批人：指定成员「张三」');
  });

  it('offers only select and radio fields as categories, only person fields from the form, and no one who left', async () => {
    render(
      <Picker
        initial={{ kind: 'supervisingLeader', by: 'category', field: 'contentType' }}
        onChange={vi.fn()}
      />,
    );
    expect(await optionTexts('选择分类字段')).toEqual(['内容分类', '紧急程度']);
    kind('表单中的成员');
    expect(await optionTexts('选择成员字段')).toEqual(['经办人']);
    kind('指定成员');
    expect(await optionTexts('选择成员')).toEqual(['张三', '李四']);
  });

  it('warns about a named person, and only then', () => {
    const others: ApproverExpression[] = [
      { kind: 'deptHead', level: 1 },
      { kind: 'supervisingLeader', by: 'department' },
      { kind: 'position', name: '董事长' },
      { kind: 'departmentHead', name: '财务部' },
      { kind: 'role', name: '印章管理员' },
      { kind: 'formUser', field: 'handler' },
      { kind: 'chosenBySubmitter' },
    ];
    for (const expr of others) {
      const { unmount } = render(<Picker initial={expr} onChange={vi.fn()} />);
      expect(screen.queryByTestId('approver-fragile')).toBeNull();
      unmount();
    }
    render(<Picker initial={{ kind: 'user', id: 'u2' }} onChange={vi.fn()} />);
    expect(screen.getByTestId('approver-fragile').textContent).toBe(
      '指定具体人员的节点在人员变动后会失效，建议使用职位',
    );
  });

  it('adds and removes another kind of approver as a union', () => {
    const onChange = vi.fn();
    render(<Picker initial={{ kind: 'deptHead', level: 1 }} onChange={onChange} />);
    expect(screen.queryByRole('button', { name: '删除第 1 类审批人' })).toBeNull(); // a step needs someone
    fireEvent.click(screen.getByRole('button', { name: '+ 再添加一类审批人' }));
    kind('发起人自选', 2);
    expect(onChange).toHaveBeenLastCalledWith({
      kind: 'union',
      of: [{ kind: 'deptHead', level: 1 }, { kind: 'chosenBySubmitter' }],
    });
    expect(words()).toBe('审批人：申请人的部门负责人 及 发起人自选');
    fireEvent.click(screen.getByRole('button', { name: '删除第 1 类审批人' }));
    expect(onChange).toHaveBeenLastCalledWith({ kind: 'chosenBySubmitter' });
  });

  it('keeps a stored name the org no longer has, marked, and says so in English', () => {
    render(<Picker initial={{ kind: 'position', name: '总裁' }} onChange={vi.fn()} />);
    expect(words()).toBe('审批人：职位「总裁」（⚠ 组织中没有此职位）');
    act(() => setLang('en'));
    expect(words()).toBe('Approvers: Position "总裁" (⚠ no such position in the org)');
    expect(screen.getByRole('radio', { name: 'Position' })).toBeTruthy();
  });

  it('says the org is still loading rather than offering an empty list', () => {
    render(<Picker initial={{ kind: 'deptHead', level: 1 }} org={null} onChange={vi.fn()} />);
    kind('职位');
    expect(screen.getByText('组织架构未加载，暂时无法选择')).toBeTruthy();
    expect(screen.queryByLabelText('选择职位')).toBeNull();
  });
});
