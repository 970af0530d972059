import type { UiSchema, UiWidget } from '@signoff/schema';
import { AttachmentWidget } from './AttachmentWidget';
import { CheckboxWidget } from './CheckboxWidget';
import { deferredWidget } from './deferred-widget';
import { ComputedWidget } from './ComputedWidget';
import { anyWidget, lazyWidget, widgetGroup, type AnyWidget } from './lazy-group';
import { MoneyWidget } from './MoneyWidget';
import { NumberWidget } from './NumberWidget';
import { RadioWidget } from './RadioWidget';
import { SerialNumberWidget } from './SerialNumberWidget';
import { SignatureWidget } from './SignatureWidget';
import { PickerStandIn, RangeStandIn, SelectStandIn } from './stand-ins';
import { TextAreaWidget } from './TextAreaWidget';
import { TextWidget } from './TextWidget';

export type { AnyWidget };

const pickers = widgetGroup(() => import('./picker-widgets'));
const selects = widgetGroup(() => import('./select-widgets'));

/** Every widget that can also sit in a table cell: all but the table itself and description text. */
export const CELL_WIDGETS: Readonly<Partial<Record<UiWidget, AnyWidget>>> = {
  text: anyWidget(TextWidget),
  textarea: anyWidget(TextAreaWidget),
  number: anyWidget(NumberWidget),
  money: anyWidget(MoneyWidget),
  date: deferredWidget(lazyWidget(pickers, (m) => anyWidget(m.DateWidget), 'DateWidget'), PickerStandIn, 'DateWidget'),
  dateRange: deferredWidget(lazyWidget(pickers, (m) => anyWidget(m.DateRangeWidget), 'DateRangeWidget'), RangeStandIn, 'DateRangeWidget'),
  time: deferredWidget(lazyWidget(pickers, (m) => anyWidget(m.TimeWidget), 'TimeWidget'), PickerStandIn, 'TimeWidget'),
  select: deferredWidget(lazyWidget(selects, (m) => anyWidget(m.SelectWidget), 'SelectWidget'), SelectStandIn, 'SelectWidget'),
  multiSelect: deferredWidget(lazyWidget(selects, (m) => anyWidget(m.SelectWidget), 'SelectWidget'), SelectStandIn, 'SelectWidget'),
  radio: anyWidget(RadioWidget),
  checkbox: anyWidget(CheckboxWidget),
  user: lazyWidget(selects, (m) => anyWidget(m.PersonPickerWidget), 'PersonPickerWidget'),
  department: lazyWidget(selects, (m) => anyWidget(m.PersonPickerWidget), 'PersonPickerWidget'),
  attachment: anyWidget(AttachmentWidget),
  image: anyWidget(AttachmentWidget),
  computed: anyWidget(ComputedWidget),
  serialNumber: anyWidget(SerialNumberWidget),
  signature: anyWidget(SignatureWidget),
};

const GROUP_OF: Readonly<Partial<Record<UiWidget, { load(): Promise<unknown> }>>> = {
  date: pickers,
  dateRange: pickers,
  time: pickers,
  select: selects,
  multiSelect: selects,
  user: selects,
  department: selects,
};

/** Starts fetching the widget chunks this form needs (its fields and table columns), all at once. */
export function preloadWidgets(uiSchema: UiSchema): Promise<unknown> {
  const groups = new Set<{ load(): Promise<unknown> }>();
  for (const field of Object.values(uiSchema.fields)) {
    for (const w of [field.widget, ...(field.columns ?? []).map((c) => c.widget)]) {
      const g = GROUP_OF[w];
      if (g) groups.add(g);
    }
  }
  return Promise.all([...groups].map((g) => g.load()));
}

/** Every lazily loaded widget, for tests and benchmarks that must not wait for a chunk. */
export const preloadAllWidgets = (): Promise<unknown> => Promise.all([pickers.load(), selects.load()]);
