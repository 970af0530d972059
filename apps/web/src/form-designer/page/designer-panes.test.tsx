import { useReducer } from 'react';
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { FormModel } from '@signoff/schema';
import { Canvas } from './Canvas';
import { DesignerDnd } from './DesignerDnd';
import { designerReducer, initialDesignerState } from './designer-state';
import { Palette } from './Palette';
import { PropertyPanel } from './PropertyPanel';
import { useUndoKeys } from './use-undo-keys';
import './page.i18n';

/** The property panel draws a new selection a frame after the click (useAfterPaint). */
/** The selected field's panel follows a frame after the click (use-after-paint): wait for its label box. */
const panelDrawn = () => waitFor(() => screen.getByTestId('prop-label-zh'), { timeout: 5000 });

const form: FormModel = {
  modelVersion: 1,
  key: 'leave',
  title: { zh: '请假', en: 'Leave' },
  fields: [{ key: 'reason', type: 'text', label: { zh: '事由', en: 'Reason' } }],
};

/** The page's panes around the real reducer, without the server parts (loading, saving, publishing). */
function Panes() {
  const [state, send] = useReducer(designerReducer, form, initialDesignerState);
  useUndoKeys(send);
  return (
    <DesignerDnd model={state.history.model} send={send}>
      <Palette send={send} />
      <Canvas model={state.history.model} selected={state.selected} send={send} />
      <PropertyPanel model={state.history.model} selected={state.selected} send={send} />
    </DesignerDnd>
  );
}

const rows = () =>
  Array.from(screen.getByTestId('designer-canvas').children).map((r) => r.getAttribute('data-testid'));

describe('the designer panes', () => {
  it('appends a palette field on click, selects it, and Ctrl+Z / Ctrl+Shift+Z take it back and forth', () => {
    render(<Panes />);
    fireEvent.click(screen.getByTestId('palette-number'));
    expect(rows()).toEqual(['canvas-field-reason', 'canvas-field-shuzi']);
    expect(screen.getByTestId('canvas-field-shuzi').getAttribute('data-selected')).toBe('true');
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(rows()).toEqual(['canvas-field-reason']);
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true, shiftKey: true });
    expect(rows()).toEqual(['canvas-field-reason', 'canvas-field-shuzi']);
  });

  it('leaves Ctrl+Z in a text box to the browser', async () => {
    render(<Panes />);
    fireEvent.click(screen.getByTestId('palette-number'));
    await panelDrawn();
    fireEvent.keyDown(screen.getByTestId('prop-label-zh'), { key: 'z', ctrlKey: true });
    expect(rows()).toHaveLength(2);
  });

  it('filters the palette by pinyin', () => {
    render(<Panes />);
    fireEvent.change(
      within(screen.getByTestId('palette-search').closest('nav') as HTMLElement).getByRole('searchbox'),
      {
        target: { value: 'fujian' },
      },
    );
    expect(screen.queryByTestId('palette-number')).toBeNull();
    expect(screen.getByTestId('palette-attachment')).toBeTruthy();
  });

  it('renames the key after the label once the typing is done, and one undo takes back the typing', async () => {
    render(<Panes />);
    fireEvent.click(screen.getByTestId('palette-number'));
    await panelDrawn();
    const zh = screen.getByTestId('prop-label-zh');
    fireEvent.focus(zh);
    fireEvent.change(zh, { target: { value: '请假' } });
    fireEvent.change(zh, { target: { value: '请假天数' } });
    fireEvent.blur(zh);
    expect(rows()).toEqual(['canvas-field-reason', 'canvas-field-qingjiatianshu']);
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true }); // the rename
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true }); // the whole typing burst
    expect(screen.getByTestId('canvas-field-shuzi').textContent).toContain('数字');
  });

  it('moves a field by keyboard: space on its handle, an arrow, space; says where it would go and where it went', async () => {
    render(<Panes />);
    fireEvent.click(screen.getByTestId('palette-number'));
    const handle = screen.getByTestId('canvas-field-reason').querySelector('.fd-handle') as HTMLElement;
    expect(handle.getAttribute('aria-describedby')).toBe('fd-drag-instructions');
    handle.focus();
    await press(handle, 'Space');
    expect(screen.getByTestId('canvas-field-reason').hasAttribute('data-dragging')).toBe(true);
    await press(document.activeElement ?? document.body, 'ArrowDown');
    expect(heard()).toContain('「事由」将放在表单末尾');
    await press(document.activeElement ?? document.body, 'Space');
    expect(rows()).toEqual(['canvas-field-shuzi', 'canvas-field-reason']);
    expect(screen.getByTestId('canvas-field-reason').hasAttribute('data-dragging')).toBe(false);
    expect(heard()).toContain('已把「事由」放在表单末尾');
  });

  it('drops a palette entry picked up by keyboard onto the canvas; escape cancels a drag', async () => {
    render(<Panes />);
    const entry = screen.getByTestId('palette-date');
    entry.focus();
    await press(entry, 'Space');
    await press(document.activeElement ?? document.body, 'ArrowRight');
    await press(document.activeElement ?? document.body, 'Space');
    expect(rows()).toEqual(['canvas-field-reason', 'canvas-field-riqi']);

    const handle = screen.getByTestId('canvas-field-riqi').querySelector('.fd-handle') as HTMLElement;
    handle.focus();
    await press(handle, 'Space');
    await press(document.activeElement ?? document.body, 'ArrowUp');
    expect(heard()).toContain('「日期」将放在「事由」之前');
    await press(document.activeElement ?? document.body, 'Escape');
    expect(rows()).toEqual(['canvas-field-reason', 'canvas-field-riqi']);
  });
});

/** What the page's live regions say: dnd-kit's (start, drop) and the designer's (where the field would go). */
const heard = () =>
  Array.from(document.querySelectorAll('[role="status"][aria-live="assertive"]')).map((r) => r.textContent);

/** A key as a person presses it; dnd-kit's keyboard sensor listens on the document from the next task on. */
async function press(target: Element, code: string): Promise<void> {
  await act(async () => {
    fireEvent.keyDown(target, { code, key: code === 'Space' ? ' ' : code });
    await new Promise((resolve) => setTimeout(resolve, 5));
  });
}
