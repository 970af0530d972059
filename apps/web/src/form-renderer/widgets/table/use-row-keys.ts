import { useRef } from 'react';

let next = 1;

export interface RowKeys {
  readonly keys: readonly number[];
  add(): void;
  remove(index: number): void;
  move(from: number, to: number): void;
}

/**
 * Stable React keys for table rows, which have no ids of their own: kept in step with the row
 * operations, rebuilt when the rows were replaced from outside (a draft restored). The returned
 * object is the same on every render, so callbacks built on it do not break memoized rows.
 */
export function useRowKeys(count: number): RowKeys {
  const state = useRef<{ keys: number[]; api: RowKeys } | null>(null);
  if (!state.current) {
    const s: { keys: number[]; api: RowKeys } = {
      keys: [],
      api: {
        get keys() {
          return s.keys;
        },
        add: () => {
          s.keys = [...s.keys, next++];
        },
        remove: (i) => {
          s.keys = s.keys.filter((_, j) => j !== i);
        },
        move: (from, to) => {
          const out = [...s.keys];
          const [k] = out.splice(from, 1);
          out.splice(to, 0, k ?? next++);
          s.keys = out;
        },
      },
    };
    state.current = s;
  }
  if (state.current.keys.length !== count) state.current.keys = Array.from({ length: count }, () => next++);
  return state.current.api;
}
