import { useLayoutEffect, useRef, useState } from 'react';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any parameter list: the handlers are passed through as they are
type Handlers = Record<string, (...args: any[]) => void>;

/**
 * Event handlers that keep their identity for the component's life and call the latest of the
 * definitions given: a memoized input then re-renders only when its value changes, not because
 * its parent made a new arrow function for an unchanged property. Only for events, never render:
 * the definitions are swapped in after each commit.
 */
export function useStableHandlers<T extends Handlers>(handlers: T): T {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  const [stable] = useState(() => {
    const out: Handlers = {};
    for (const name of Object.keys(handlers))
      out[name] = (...args: unknown[]) => latest.current[name]?.(...args);
    return out as T;
  });
  return stable;
}

/** The previous array while it holds the same items in the same order, so a memoized list skips re-rendering. */
export function useSameItems<T>(items: readonly T[]): readonly T[] {
  const kept = useRef(items);
  const prev = kept.current;
  if (prev !== items && (prev.length !== items.length || prev.some((x, i) => x !== items[i])))
    kept.current = items;
  return kept.current;
}
