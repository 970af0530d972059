import { describe, expect, it } from 'vitest';
import { isTextEntry, undoKeyAction } from './use-undo-keys';

const key = (
  k: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('undo keys', () => {
  it('maps Ctrl+Z, ⌘+Z, Ctrl+Shift+Z and Ctrl+Y', () => {
    expect(undoKeyAction(key('z', { ctrlKey: true }))).toBe('undo');
    expect(undoKeyAction(key('z', { metaKey: true }))).toBe('undo');
    expect(undoKeyAction(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(undoKeyAction(key('y', { ctrlKey: true }))).toBe('redo');
    expect(undoKeyAction(key('z'))).toBeNull();
    expect(undoKeyAction(key('c', { ctrlKey: true }))).toBeNull();
  });

  it('leaves text boxes to the browser, but not checkboxes or buttons', () => {
    const text = document.createElement('input');
    const box = document.createElement('input');
    box.type = 'checkbox';
    expect(isTextEntry(text)).toBe(true);
    expect(isTextEntry(document.createElement('textarea'))).toBe(true);
    expect(isTextEntry(box)).toBe(false);
    expect(isTextEntry(document.createElement('button'))).toBe(false);
    // the JSON view's editor: its own undo applies inside it
    const editor = document.createElement('div');
    editor.className = 'monaco-editor';
    const input = document.createElement('div');
    editor.append(input);
    expect(isTextEntry(input)).toBe(true);
  });
});
