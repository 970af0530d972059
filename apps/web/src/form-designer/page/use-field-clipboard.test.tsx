import { useReducer } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { act, render } from '@testing-library/react';
import type { FormModel } from '@signoff/schema';
import { toastsShown } from '../../layout/toast';
import { designerReducer, initialDesignerState, type DesignerState } from './designer-state';
import { CLIPBOARD_STORAGE_KEY } from './field-clipboard';
import { useFieldClipboard, type FieldClipboard } from './use-field-clipboard';
import './page.i18n';

const formA: FormModel = {
  modelVersion: 1,
  key: 'a',
  title: { zh: '甲表', en: 'Form A' },
  fields: [
    {
      key: 'items',
      type: 'table',
      label: { zh: '明细', en: 'Items' },
      columns: [{ key: 'amount', type: 'money', label: { zh: '金额', en: 'Amount' } }],
    },
    { key: 'note', type: 'text', label: { zh: '备注', en: 'Note' } },
  ],
};
const formB: FormModel = {
  modelVersion: 1,
  key: 'b',
  title: { zh: '乙表', en: 'Form B' },
  fields: [
    { key: 'first', type: 'text', label: { zh: '第一', en: 'First' } },
    { key: 'last', type: 'text', label: { zh: '最后', en: 'Last' } },
  ],
};

const states: Record<string, DesignerState> = {};
const clipboards: Record<string, FieldClipboard> = {};

/** One designer tab: the real reducer and the clipboard hook. */
function Tab({ name, form, select }: { name: string; form: FormModel; select: string }) {
  const [state, send] = useReducer(designerReducer, form, (m) => ({
    ...initialDesignerState(m),
    selected: select,
  }));
  states[name] = state;
  clipboards[name] = useFieldClipboard(state.history.model, state.selected, send);
  return null;
}

/** A copy or paste event as the browser fires it on Ctrl+C / Ctrl+V, with its clipboard data. */
function clipboardEvent(type: 'copy' | 'paste', text = ''): { event: Event; data: () => string } {
  let stored = text;
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', {
    value: { getData: () => stored, setData: (_f: string, v: string) => (stored = v) },
  });
  return { event, data: () => stored };
}

const keys = (name: string) => states[name]?.history.model.fields.map((f) => f.key);

afterEach(() => localStorage.clear());

describe('copy and paste of fields', () => {
  it('copies a table with its columns by Ctrl+C and pastes it after the selected field of another form', () => {
    const first = render(<Tab name="a" form={formA} select="items" />);
    const copy = clipboardEvent('copy');
    act(() => void document.body.dispatchEvent(copy.event));
    expect(copy.event.defaultPrevented).toBe(true);
    expect(JSON.parse(copy.data())).toMatchObject({
      signoff: 'fields',
      version: 1,
      fields: [{ key: 'items' }],
    });
    expect(localStorage.getItem(CLIPBOARD_STORAGE_KEY)).toBe(copy.data());
    first.unmount();

    render(<Tab name="b" form={formB} select="first" />);
    act(() => void document.body.dispatchEvent(clipboardEvent('paste', copy.data()).event));
    expect(keys('b')).toEqual(['first', 'items', 'last']);
    expect(states.b?.history.model.fields[1]?.columns?.[0]?.key).toBe('amount');
    expect(states.b?.selected).toBe('items');
  });

  it('makes a pasted key unique where it lands', () => {
    render(<Tab name="a" form={formA} select="note" />);
    act(() => void document.body.dispatchEvent(clipboardEvent('copy').event));
    const text = localStorage.getItem(CLIPBOARD_STORAGE_KEY) ?? '';
    act(() => void document.body.dispatchEvent(clipboardEvent('paste', text).event));
    const after = keys('a') ?? [];
    expect(after).toHaveLength(3);
    expect(new Set(after).size).toBe(3);
    expect(after[0]).toBe('items');
    expect(after[1]).toBe('note');
  });

  it('refuses text that is not a designer copy with a toast, and leaves text boxes to the browser', async () => {
    render(<Tab name="b" form={formB} select="first" />);
    const toastsBefore = await toastsShown();
    const paste = clipboardEvent('paste', '请假天数');
    act(() => void document.body.dispatchEvent(paste.event));
    expect(keys('b')).toEqual(['first', 'last']);
    expect(states.b?.history.last.kind).toBe('created');
    expect(await toastsShown()).toBe(toastsBefore + 1);

    const input = document.createElement('input');
    document.body.append(input);
    const copy = clipboardEvent('copy');
    act(() => void input.dispatchEvent(copy.event));
    expect(copy.event.defaultPrevented).toBe(false);
    expect(copy.data()).toBe('');
    input.remove();
  });

  it("pastes from this browser's stored copy when the clipboard API is refused", async () => {
    localStorage.setItem(
      CLIPBOARD_STORAGE_KEY,
      JSON.stringify({ signoff: 'fields', version: 1, fields: [formA.fields[1]] }),
    );
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { readText: () => Promise.reject(new Error('denied')), writeText: () => Promise.resolve() },
    });
    render(<Tab name="b" form={formB} select="last" />);
    await act(async () => {
      clipboards.b?.paste();
      await Promise.resolve();
    });
    expect(keys('b')).toEqual(['first', 'last', 'note']);
  });
});
