import type { ComponentType } from 'react';
import type { UiWidget } from '@signoff/schema';
import type { WidgetProps } from './types';
import { CheckboxWidget } from './widgets/CheckboxWidget';
import { DateWidget } from './widgets/DateWidget';
import { NumberWidget } from './widgets/NumberWidget';
import { RadioWidget } from './widgets/RadioWidget';
import { SelectWidget } from './widgets/SelectWidget';
import { TextAreaWidget } from './widgets/TextAreaWidget';
import { TextWidget } from './widgets/TextWidget';
import { UnsupportedWidget } from './widgets/UnsupportedWidget';

// Each widget narrows `value`; the registry forgets that, since Form.Item hands values over untyped.
type AnyWidget = ComponentType<WidgetProps<unknown>>;
const widget = <V,>(c: ComponentType<WidgetProps<V>>) => c as unknown as AnyWidget;

const WIDGETS: Partial<Record<UiWidget, AnyWidget>> = {
  text: widget(TextWidget),
  textarea: widget(TextAreaWidget),
  number: widget(NumberWidget),
  money: widget(NumberWidget),
  select: widget(SelectWidget),
  multiSelect: widget(SelectWidget),
  radio: widget(RadioWidget),
  checkbox: widget(CheckboxWidget),
  date: widget(DateWidget),
};

export function widgetFor(name: UiWidget): AnyWidget {
  return WIDGETS[name] ?? UnsupportedWidget;
}

/** Widgets whose value is a list; their "required" means at least one entry. */
export const LIST_WIDGETS: ReadonlySet<UiWidget> = new Set<UiWidget>(['multiSelect', 'checkbox', 'dateRange', 'attachment', 'image', 'table']);

/** Widgets a person picks from rather than types into; their required message says "choose". */
export const CHOICE_WIDGETS: ReadonlySet<UiWidget> = new Set<UiWidget>(['select', 'multiSelect', 'radio', 'checkbox', 'date', 'user', 'department']);
