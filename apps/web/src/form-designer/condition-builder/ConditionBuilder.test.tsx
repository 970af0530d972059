import { useState } from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { evaluateCondition, type Condition, type Locale } from '@signoff/schema';
import { ConditionBuilder } from './ConditionBuilder';
import { leaveFields as fields, ranks } from './test-fields';

/** The builder with its value kept, as the property panel keeps it. */
function Panel({
  initial,
  lang = 'zh',
  onChange,
}: {
  initial?: Condition;
  lang?: Locale;
  onChange: (c: Condition | undefined) => void;
}) {
  const [value, setValue] = useState(initial);
  return (
    <ConditionBuilder
      value={value}
      onChange={(c) => {
        setValue(c);
        onChange(c);
      }}
      fields={fields}
      ranks={ranks}
      positions={['出纳', '司机']}
      lang={lang}
    />
  );
}

function selectOf(label: string): HTMLElement {
  const input = screen.getByLabelText(label);
  const select = input.closest<HTMLElement>('.ant-select');
  if (!select) throw new Error(`${label} is not a select`);
  return select;
}

/** Each select's dropdown, found once when it first opens: jsdom never finishes antd's closing motion, so old ones stay in the page. */
const dropdowns = new WeakMap<HTMLElement, HTMLElement>();

/** Opens a select, typing `search` first where the select searches (long field lists are virtual), and gives its options. */
async function openOptions(label: string, search?: string): Promise<HTMLElement[]> {
  const select = selectOf(label);
  const before = new Set(document.querySelectorAll('.ant-select-dropdown'));
  fireEvent.mouseDown(select);
  const input = screen.getByLabelText<HTMLInputElement>(label);
  if (search !== undefined && !input.readOnly) fireEvent.change(input, { target: { value: search } });
  return waitFor(() => {
    let popup = dropdowns.get(select);
    if (!popup) {
      popup = [...document.querySelectorAll<HTMLElement>('.ant-select-dropdown')].find((d) => !before.has(d));
      if (popup) dropdowns.set(select, popup);
    }
    const options = popup ? [...popup.querySelectorAll<HTMLElement>('.ant-select-item-option')] : [];
    if (options.length === 0) throw new Error(`no options for ${label}`);
    return options;
  });
}

async function choose(label: string, option: string): Promise<void> {
  const options = await openOptions(label, option);
  const hit = options.find((o) => o.textContent === option);
  if (!hit)
    throw new Error(`${label} has no option ${option}: ${options.map((o) => o.textContent).join(' | ')}`);
  fireEvent.click(hit);
}

async function optionTexts(label: string): Promise<string[]> {
  const texts = (await openOptions(label)).map((o) => o.textContent ?? '');
  fireEvent.keyDown(screen.getByLabelText(label), { key: 'Escape' });
  return texts;
}

const words = () => screen.getByTestId('condition-in-words').textContent;

describe('ConditionBuilder', () => {
  it('offers only the operators valid for the chosen field', async () => {
    render(<Panel onChange={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: /添加条件$/ }));
    // the operator list follows the field; read it until it has (a loaded machine renders later)
    const operators = (expected: string[]) =>
      waitFor(async () => expect(await optionTexts('第 1 个条件的比较方式')).toEqual(expected));
    await choose('第 1 个条件的字段', '请假天数');
    await operators(['=', '≠', '<', '≤', '>', '≥', '介于', '为空', '不为空']);

    await choose('第 1 个条件的字段', '假期类型');
    await operators(['=', '≠', '属于', '不属于', '为空', '不为空']);

    await choose('第 1 个条件的字段', '申请人岗位');
    await operators(['包含任一', '不包含', '为空', '不为空']);
  });

  it('refuses a value of the wrong type: shows why beside the row and reports nothing', async () => {
    const onChange = vi.fn();
    render(<Panel onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: /添加条件$/ }));
    await choose('第 1 个条件的字段', '请假天数');
    await choose('第 1 个条件的比较方式', '≥');
    const box = screen.getByLabelText('第 1 个条件的值');
    fireEvent.change(box, { target: { value: '三天' } });
    expect(screen.getByRole('alert').textContent).toBe('「请假天数」是数字，不能与 "三天" 比较');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(onChange).not.toHaveBeenCalled();

    fireEvent.change(box, { target: { value: '３' } }); // a full-width digit from a Chinese input method
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onChange).toHaveBeenLastCalledWith({ op: 'gte', left: { field: 'days' }, right: { value: 3 } });
  });

  it('builds an and-group that evaluateCondition reads as meant, and says it in words', async () => {
    const onChange = vi.fn();
    render(<Panel onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: /添加条件$/ }));
    await choose('第 1 个条件的字段', '请假天数');
    await choose('第 1 个条件的比较方式', '≥');
    fireEvent.change(screen.getByLabelText('第 1 个条件的值'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: /添加条件$/ }));
    expect(within(screen.getAllByRole('listitem')[1] as HTMLElement).getByText(/才生效/)).toBeTruthy();
    await choose('第 2 个条件的字段', '假期类型');
    await choose('第 2 个条件的值', '年休假');

    const rule = onChange.mock.lastCall?.[0] as Condition;
    expect(rule).toEqual({
      op: 'and',
      conditions: [
        { op: 'gte', left: { field: 'days' }, right: { value: 3 } },
        { op: 'eq', left: { field: 'kind' }, right: { value: 'annual' } },
      ],
    });
    expect(evaluateCondition(rule, { form: { days: 5, kind: 'annual' } })).toBe(true);
    expect(evaluateCondition(rule, { form: { days: 2, kind: 'annual' } })).toBe(false);
    expect(evaluateCondition(rule, { form: { days: 5, kind: 'sick' } })).toBe(false);
    expect(words()).toBe('当 请假天数 ≥ 3 且 假期类型 = 年休假 时显示');

    fireEvent.click(screen.getByRole('radio', { name: '任一满足' }));
    expect(onChange.mock.lastCall?.[0]).toMatchObject({ op: 'or' });
    expect(
      evaluateCondition(onChange.mock.lastCall?.[0] as Condition, { form: { days: 1, kind: 'annual' } }),
    ).toBe(true);
  });

  it('shows the rule in English, with an "or" group nested in it', async () => {
    const onChange = vi.fn();
    const initial: Condition = { op: 'gte', left: { field: 'days' }, right: { value: 3 } };
    render(<Panel initial={initial} lang="en" onChange={onChange} />);
    expect(words()).toBe('Shown when Leave days ≥ 3');
    fireEvent.click(screen.getByRole('button', { name: /Add group$/ }));
    await choose('Field of condition 2', 'Leave type');
    await choose('Value of condition 2', 'Sick leave');
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Group' })).getByRole('button', { name: /Add condition$/ }),
    );
    await choose('Field of condition 3', "Applicant's rank");
    await choose('Comparison of condition 3', '≥');
    await choose('Value of condition 3', '主管级');
    expect(words()).toBe(
      "Shown when Leave days ≥ 3 and (Leave type = Sick leave or the applicant's rank ≥ 主管级)",
    );
    const rule = onChange.mock.lastCall?.[0] as Condition;
    const applicant = { department: '工程部', departments: ['工程部'], rank: '副总经理以上', positions: [] };
    expect(evaluateCondition(rule, { form: { days: 4, kind: 'annual' }, applicant, ranks })).toBe(true);
    expect(
      evaluateCondition(rule, {
        form: { days: 4, kind: 'annual' },
        applicant: { ...applicant, rank: '职员' },
        ranks,
      }),
    ).toBe(false);
  });

  it('shows checker problems of a stored rule beside its row, and empties the rule when the last row goes', () => {
    const onChange = vi.fn();
    const stale: Condition = {
      op: 'and',
      conditions: [
        { op: 'eq', left: { field: 'kind' }, right: { value: 'maternity' } },
        { op: 'empty', operand: { field: 'gone' } },
      ],
    };
    render(<Panel initial={stale} onChange={onChange} />);
    const rows = screen.getAllByRole('listitem');
    expect(within(rows[0] as HTMLElement).getByRole('alert').textContent).toBe(
      '「假期类型」没有选项「maternity」',
    );
    expect(within(rows[1] as HTMLElement).getByRole('alert').textContent).toBe('表单中没有字段「gone」');
    fireEvent.click(screen.getByRole('button', { name: '删除第 2 个条件' }));
    expect(onChange).not.toHaveBeenCalled(); // the first row is still wrong
    fireEvent.click(screen.getByRole('button', { name: '删除第 1 个条件' }));
    expect(onChange).toHaveBeenLastCalledWith(undefined);
    expect(words()).toBe('始终显示');
  });

  it('can be used with the keyboard alone', async () => {
    const onChange = vi.fn();
    render(<Panel onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: /添加条件$/ })); // a button: Enter and Space press it
    const field = screen.getByLabelText('第 1 个条件的字段');
    field.focus();
    fireEvent.keyDown(field, { key: 'ArrowDown', keyCode: 40, which: 40 });
    fireEvent.change(field, { target: { value: '假期' } });
    await waitFor(() => expect(field.getAttribute('aria-expanded')).toBe('true'));
    fireEvent.keyDown(field, { key: 'Enter', keyCode: 13, which: 13 });
    const op = screen.getByLabelText('第 1 个条件的比较方式');
    await waitFor(() => expect(op.closest('.ant-select')?.textContent).toBe('='));
    const value = screen.getByLabelText('第 1 个条件的值');
    value.focus();
    fireEvent.keyDown(value, { key: 'ArrowDown', keyCode: 40, which: 40 });
    fireEvent.keyDown(value, { key: 'ArrowDown', keyCode: 40, which: 40 });
    fireEvent.keyDown(value, { key: 'Enter', keyCode: 13, which: 13 });
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith({
        op: 'eq',
        left: { field: 'kind' },
        right: { value: 'personal' },
      }),
    );
    expect(words()).toBe('当 假期类型 = 事假 时显示');
  });
});
