import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { setLang } from '../../i18n/i18n';
import { fieldEl, renderField } from '../test/render-form';
import { DESKTOP_WIDTH, PHONE_WIDTH, setViewport } from '../test/viewport';
import { VIRTUAL_FROM } from './table/TableWidget';

const L = (zh: string, en: string) => ({ zh, en });
const items = {
  key: 'items',
  type: 'table' as const,
  label: L('费用明细', 'Expenses'),
  required: true,
  sumColumns: ['amount'],
  maxRows: 3,
  columns: [
    { key: 'what', type: 'text' as const, label: L('项目', 'Item'), required: true },
    { key: 'qty', type: 'number' as const, label: L('数量', 'Qty'), min: 1, precision: 0 },
    { key: 'unit', type: 'money' as const, label: L('单价', 'Unit price') },
    { key: 'amount', type: 'computed' as const, label: L('金额', 'Amount'), precision: 2, formula: { op: 'mul' as const, left: { field: 'qty', ifEmpty: 0 }, right: { field: 'unit', ifEmpty: 0 } } },
  ],
};
const cell = (label: string) => within(fieldEl('items')).getByLabelText(label);
const rowsShown = () => within(fieldEl('items')).queryAllByTestId('items-row');

beforeEach(() => setViewport(DESKTOP_WIDTH));

describe('table widget', () => {
  it('adds rows, computes each row and the column total as cells are typed', () => {
    const { store } = renderField(items);
    const add = within(fieldEl('items')).getByRole('button', { name: /添加一行/ });
    fireEvent.click(add);
    fireEvent.click(add);
    expect(rowsShown()).toHaveLength(2);
    fireEvent.change(cell('项目 · 第 1 行'), { target: { value: '打印纸' } });
    fireEvent.change(cell('数量 · 第 1 行'), { target: { value: '2' } });
    fireEvent.change(cell('单价 · 第 1 行'), { target: { value: '10.1' } });
    fireEvent.change(cell('数量 · 第 2 行'), { target: { value: '3' } });
    fireEvent.change(cell('单价 · 第 2 行'), { target: { value: '0.1' } });
    expect(screen.getByTestId('items-0-amount-value').textContent).toBe('20.20');
    expect(screen.getByTestId('items-sum-amount').textContent).toBe('金额：20.50');
    expect(store.get('items')).toEqual([
      { what: '打印纸', qty: 2, unit: 10.1, amount: 20.2 },
      { qty: 3, unit: 0.1, amount: 0.3 },
    ]);
    fireEvent.click(add);
    expect(add.hasAttribute('disabled')).toBe(true);
    expect(add.textContent).toContain('最多 3 行');
  });

  it('moves and removes rows, keeping what each row holds', () => {
    const { store } = renderField(items, { initial: { items: [{ what: 'a' }, { what: 'b' }, { what: 'c' }] } });
    fireEvent.click(screen.getByRole('button', { name: '第 1 行下移' }));
    expect((store.get('items') as { what: string }[]).map((r) => r.what)).toEqual(['b', 'a', 'c']);
    expect((cell('项目 · 第 2 行') as HTMLInputElement).value).toBe('a');
    fireEvent.click(screen.getByRole('button', { name: '删除第 1 行' }));
    expect((store.get('items') as { what: string }[]).map((r) => r.what)).toEqual(['a', 'c']);
    expect(screen.getByRole('button', { name: '第 1 行上移' }).hasAttribute('disabled')).toBe(true);
  });

  it('puts row errors on their cells', () => {
    const { store } = renderField(items, { initial: { items: [{ what: 'a', qty: 1 }, { qty: 0 }] } });
    act(() => void store.validate());
    const row2 = rowsShown()[1] as HTMLElement;
    const alerts = within(row2).getAllByRole('alert').map((a) => a.textContent);
    expect(alerts).toEqual(['「费用明细」第 2 行「项目」为必填项', '「费用明细」第 2 行「数量」不能小于 1']);
    expect(within(rowsShown()[0] as HTMLElement).queryByRole('alert')).toBeNull();
    expect(cell('数量 · 第 2 行').getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(cell('数量 · 第 2 行'), { target: { value: '2' } });
    expect(within(rowsShown()[1] as HTMLElement).getAllByRole('alert')).toHaveLength(1);
  });

  it('says a required table without rows needs one, in English', () => {
    setLang('en');
    const { store } = renderField(items);
    expect(fieldEl('items').textContent).toContain('No rows yet');
    act(() => void store.validate());
    expect(within(fieldEl('items')).getByRole('alert').textContent).toBe('"Expenses" is required');
  });

  it('draws each row as a card on a phone, with every cell labelled', () => {
    setViewport(PHONE_WIDTH);
    renderField(items, { initial: { items: [{ what: 'a', qty: 1, unit: 2 }] } });
    const card = screen.getByRole('region', { name: '第 1 行' });
    expect(card.tagName).toBe('SECTION');
    expect(within(card).getByText('数量')).toBeTruthy();
    expect(fieldEl('items').querySelector('table')).toBeNull();
  });

  it('draws only the rows in view of a long table', async () => {
    // jsdom lays nothing out: give the table's scroll box the height a browser would
    const real = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
    Object.defineProperty(Element.prototype, 'clientHeight', {
      configurable: true,
      get(this: Element) {
        return this.classList.contains('signoff-table-scroll') ? 520 : 0;
      },
    });
    onTestFinished(() => {
      if (real) Object.defineProperty(Element.prototype, 'clientHeight', real);
    });
    const rows = Array.from({ length: 200 }, (_, i) => ({ what: `物品${i}`, qty: 1, unit: 1 }));
    renderField({ ...items, maxRows: 500 }, { initial: { items: rows } });
    expect(rows.length).toBeGreaterThan(VIRTUAL_FROM);
    // a 520 px box holds about ten 52 px rows, plus a few drawn ahead for scrolling
    await waitFor(() => expect(rowsShown().length).toBeLessThan(VIRTUAL_FROM));
    expect(rowsShown().length).toBeGreaterThan(5);
    expect((rowsShown()[0] as HTMLElement).dataset.index).toBe('0');
    // the totals still cover every row
    expect(screen.getByTestId('items-sum-amount').textContent).toBe('金额：200.00');
  });
});
