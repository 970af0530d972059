import { useState } from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { evaluateFormula, type Formula, type Locale } from '@signoff/schema';
import { leaveFields as fields } from '../condition-builder/test-fields';
import { FormulaEditor } from './FormulaEditor';
import type { FormulaTarget } from './review-formula';

function Panel({
  initial,
  lang = 'zh',
  target = { key: 'total' },
  onChange,
}: {
  initial?: Formula;
  lang?: Locale;
  target?: FormulaTarget;
  onChange: (f: Formula | undefined) => void;
}) {
  const [value, setValue] = useState(initial);
  return (
    <FormulaEditor
      value={value}
      onChange={(f) => {
        setValue(f);
        onChange(f);
      }}
      fields={fields}
      target={target}
      lang={lang}
    />
  );
}

const box = (name = '计算公式') => screen.getByLabelText<HTMLTextAreaElement>(name);
const type = (text: string, name?: string) => fireEvent.change(box(name), { target: { value: text } });

describe('FormulaEditor', () => {
  it('turns typed text into a formula that evaluateFormula computes right', () => {
    const onChange = vi.fn();
    render(<Panel onChange={onChange} />);
    type('round(SUM([费用明细.小计]) ÷ [请假天数] + ifEmpty([金额], 0), 2)');
    expect(screen.getByRole('status').textContent).toBe('公式无误，结果为数字');
    const formula = onChange.mock.lastCall?.[0] as Formula;
    const form = { days: 3, items: [{ cost: 4 }, { cost: 6 }] };
    expect(evaluateFormula(formula, { form })).toBe(3.33);
    expect(evaluateFormula(formula, { form: { ...form, amount: 1 } })).toBe(4.33);
  });

  it('shows an unknown field at its place and reports nothing', () => {
    const onChange = vi.fn();
    render(<Panel onChange={onChange} />);
    type('[请假天数] + [加班天数]');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('表单中没有字段「加班天数」');
    expect(alert.textContent).toContain('第 10–15 个字符');
    expect(box().getAttribute('aria-invalid')).toBe('true');
    expect(onChange).not.toHaveBeenCalled();
    // the place is a button that selects the faulty part of the text
    fireEvent.click(screen.getByRole('button', { name: '第 10–15 个字符' }));
    expect([box().selectionStart, box().selectionEnd]).toEqual([9, 15]);
  });

  it('shows a type mismatch and a loop as problems, in English too', () => {
    const onChange = vi.fn();
    render(<Panel lang="en" onChange={onChange} />);
    type('[Leave days] + [Title]', 'Formula');
    expect(screen.getByRole('alert').textContent).toContain(
      '"Title" is not a number, but a number is needed here',
    );
    type('[Total] + 1', 'Formula');
    expect(screen.getByRole('alert').textContent).toContain('depend on each other in a loop: total → total');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('inserts a chip at the caret', () => {
    const onChange = vi.fn();
    render(<Panel onChange={onChange} />);
    type('2 ×  + 1');
    box().setSelectionRange(4, 4);
    fireEvent.click(screen.getByRole('button', { name: '插入 金额' }));
    expect(box().value).toBe('2 × [金额] + 1');
    expect([box().selectionStart, box().selectionEnd]).toEqual([8, 8]);
    expect(onChange).toHaveBeenLastCalledWith({
      op: 'add',
      left: { op: 'mul', left: { value: 2 }, right: { field: 'amount' } },
      right: { value: 1 },
    });

    box().setSelectionRange(box().value.length, box().value.length);
    fireEvent.click(screen.getByRole('button', { name: '插入 +' }));
    fireEvent.click(screen.getByRole('button', { name: '插入 费用明细.小计' }));
    expect(box().value).toBe('2 × [金额] + 1 + SUM([费用明细.小计])');
  });

  it('shows a stored formula as text, a column formula reading its row', () => {
    render(
      <Panel
        initial={{ op: 'mul', left: { field: 'qty', ifEmpty: 0 }, right: { field: 'unit' } }}
        target={{ key: 'cost', table: 'items' }}
        onChange={vi.fn()}
      />,
    );
    expect(box().value).toBe('ifEmpty([数量], 0) × [单价]');
    expect(screen.getByRole('status').textContent).toBe('公式无误，结果为数字');
  });

  it('reports no formula once the text is cleared', () => {
    const onChange = vi.fn();
    render(<Panel initial={{ value: 1 }} onChange={onChange} />);
    type('');
    expect(onChange).toHaveBeenLastCalledWith(undefined);
    expect(screen.getByRole('status').textContent).toBe('还没有公式');
  });
});
