import { use, type ComponentType } from 'react';
import type { WidgetProps } from './widget-props';

// Each widget narrows `value` to what its field holds; the registry forgets that, since the store holds values untyped.
export type AnyWidget = ComponentType<WidgetProps<unknown>>;
export const anyWidget = <V,>(c: ComponentType<WidgetProps<V>>) => c as unknown as AnyWidget;

// the widgets that may suspend (their chunk not loaded yet): only they need a Suspense boundary
const SUSPENDING = new WeakSet<AnyWidget>();
export const maySuspend = (widget: AnyWidget): boolean => SUSPENDING.has(widget);
/** Marks a widget that draws one that may suspend. */
export const marksSuspending = (widget: AnyWidget, inner: AnyWidget): AnyWidget => {
  if (SUSPENDING.has(inner)) SUSPENDING.add(widget);
  return widget;
};

export interface WidgetGroup<M> {
  /** starts loading (once) and resolves with the module */
  load(): Promise<M>;
  /** the module once loaded */
  loaded(): M | undefined;
}

/** Widgets that share a chunk, fetched the first time a form needs one of them. */
export function widgetGroup<M>(importer: () => Promise<M>): WidgetGroup<M> {
  let mod: M | undefined;
  let loading: Promise<M> | undefined;
  return {
    load: () => (loading ??= importer().then((m) => (mod = m))),
    loaded: () => mod,
  };
}

/**
 * A widget drawn from its group's chunk: at once when the chunk is there (it is preloaded as soon
 * as the form's fields are known), otherwise it suspends until it arrives.
 */
export function lazyWidget<M>(group: WidgetGroup<M>, pick: (m: M) => AnyWidget, name: string): AnyWidget {
  function LazyWidget(props: WidgetProps<unknown>) {
    const Widget = pick(group.loaded() ?? use(group.load()));
    return <Widget {...props} />;
  }
  LazyWidget.displayName = `Lazy(${name})`;
  SUSPENDING.add(LazyWidget);
  return LazyWidget;
}
