import type { UiWidget } from '@signoff/schema';
import { CELL_WIDGETS, type AnyWidget } from './widgets/cell-widgets';
import { anyWidget } from './widgets/lazy-group';
import { TableWidget } from './widgets/table/TableWidget';

export { preloadAllWidgets, preloadWidgets } from './widgets/cell-widgets';

const WIDGETS: Readonly<Partial<Record<UiWidget, AnyWidget>>> = {
  ...CELL_WIDGETS,
  table: anyWidget(TableWidget),
};

/** The component that draws a field type; description text has none (the shell draws it). */
export function widgetFor(name: UiWidget): AnyWidget | undefined {
  return WIDGETS[name];
}

/**
 * Fields whose control is not one labelled input (a group of options, a table, an upload button,
 * a read-only value): their caption names the group instead of pointing `for` at an input.
 */
export const GROUP_WIDGETS: ReadonlySet<UiWidget> = new Set<UiWidget>(['radio', 'checkbox', 'table', 'attachment', 'image', 'signature', 'computed', 'serialNumber', 'dateRange']);
