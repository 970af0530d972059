import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { FieldSnapshot, FormSummary } from './store/field-snapshot';
import { createFormStore, type FormStore, type FormStoreOptions } from './store/form-store';

/** One field of the store; the component re-renders when this field's snapshot changes, and only then. */
export function useField(store: FormStore, key: string): FieldSnapshot {
  const subscribe = useCallback((fn: () => void) => store.subscribe(key, fn), [store, key]);
  const read = useCallback(() => store.field(key), [store, key]);
  return useSyncExternalStore(subscribe, read, read);
}

/** What is missing and wrong, for the submit button; changes only when those counts change. */
export function useFormSummary(store: FormStore): FormSummary {
  const subscribe = useCallback((fn: () => void) => store.subscribeSummary(fn), [store]);
  const read = useCallback(() => store.summary(), [store]);
  return useSyncExternalStore(subscribe, read, read);
}

/**
 * A store made once per form version (and per `resetKey`, e.g. after a draft was restored or
 * discarded); `undefined` until the form is loaded. The options of later renders are ignored.
 */
export function useFormStore(opts: FormStoreOptions | undefined, resetKey = ''): FormStore | undefined {
  const ref = useRef<{ schema: unknown; resetKey: string; store: FormStore } | null>(null);
  if (!opts) return undefined;
  if (!ref.current || ref.current.schema !== opts.schema || ref.current.resetKey !== resetKey) {
    ref.current = { schema: opts.schema, resetKey, store: createFormStore(opts) };
  }
  return ref.current.store;
}
