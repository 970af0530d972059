import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FormField } from '@signoff/schema';
import { focusField } from './focus-field';
import { renderForm } from './test/render-form';
import { formWith } from './test-form';
import { FIRST_SECTION } from './use-sections';

const L = (zh: string, en: string) => ({ zh, en });
const COUNT = 120;
// 120 text fields; the last one is required
const fields: FormField[] = Array.from({ length: COUNT }, (_, i) => ({
  key: `f${i}`,
  type: 'text',
  label: L(`字段${i}`, `Field ${i}`),
  required: i === COUNT - 1,
}));
const input = (key: string) => document.getElementById(key) as HTMLInputElement | null;

describe('a long form is drawn a screen first, the rest in sections', () => {
  it('draws the first screen in the first render and every field a few frames later, in order', async () => {
    const { view } = renderForm({ form: formWith(fields) });
    expect(input('f0')).not.toBeNull();
    expect(input(`f${FIRST_SECTION - 1}`)).not.toBeNull();
    expect(input(`f${COUNT - 1}`)).toBeNull();
    await waitFor(() => expect(input(`f${COUNT - 1}`)).not.toBeNull(), { timeout: 15_000 });
    const ids = [...view.container.querySelectorAll('input')].map((i) => i.id);
    expect(ids).toEqual(fields.map((f) => f.key));
  });

  it('checks and submits fields not drawn yet, and going to an error there draws it at once', async () => {
    const { store } = renderForm({ form: formWith(fields), initial: { f100: '已填' } });
    expect(input('f100')).toBeNull();
    store.set('f0', '第一项');
    expect(store.values()).toEqual({ f0: '第一项', f100: '已填' });
    await store.ready();
    const check = store.validate();
    expect(check.ok).toBe(false);
    expect(store.firstErrorKey()).toBe(`f${COUNT - 1}`);
    act(() => focusField(`f${COUNT - 1}`));
    const last = input(`f${COUNT - 1}`);
    expect(last).not.toBeNull();
    expect(document.activeElement).toBe(last);
    expect(last?.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).not.toBe('');
    expect(input('f100')?.value).toBe('已填');
  });
});
