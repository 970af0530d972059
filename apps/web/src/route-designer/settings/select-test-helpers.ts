import { fireEvent, screen, waitFor, within } from '@testing-library/react';

/*
 * Driving antd selects in jsdom, as the condition builder's tests do: jsdom never finishes antd's
 * closing motion, so each select's dropdown is found once, when it first opens, and kept.
 */

/** antd's first renders take seconds on a loaded 2-core box; waitFor's default second is not enough there. */
export const PATIENCE = { timeout: 15_000 };

const dropdowns = new WeakMap<HTMLElement, HTMLElement>();

function selectOf(label: string, scope?: HTMLElement): HTMLElement {
  const input = (scope ? within(scope) : screen).getByLabelText(label);
  const select = input.closest<HTMLElement>('.ant-select');
  if (!select) throw new Error(`${label} is not a select`);
  return select;
}

/** Opens the select labelled `label`, typing `search` first (long lists are virtual), and gives its options. */
export async function openOptions(
  label: string,
  scope?: HTMLElement,
  search?: string,
): Promise<HTMLElement[]> {
  const select = selectOf(label, scope);
  const before = new Set(document.querySelectorAll('.ant-select-dropdown'));
  fireEvent.mouseDown(select);
  const input = (scope ? within(scope) : screen).getByLabelText<HTMLInputElement>(label);
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
  }, PATIENCE);
}

export async function optionTexts(label: string, scope?: HTMLElement): Promise<string[]> {
  const texts = (await openOptions(label, scope)).map((o) => o.textContent ?? '');
  fireEvent.keyDown((scope ? within(scope) : screen).getByLabelText(label), { key: 'Escape' });
  return texts;
}

export async function choose(label: string, option: string, scope?: HTMLElement): Promise<void> {
  const options = await openOptions(label, scope, option);
  const hit = options.find((o) => o.textContent === option);
  if (!hit)
    throw new Error(`${label} has no option ${option}: ${options.map((o) => o.textContent).join(' | ')}`);
  fireEvent.click(hit);
}
