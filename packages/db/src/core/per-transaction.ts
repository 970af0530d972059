import type { Queryable } from './database.js';

const memos = new WeakMap<Queryable, Map<string, Promise<unknown>>>();

/**
 * Reads `key` once per transaction (per Queryable object): later and concurrent calls in the same
 * transaction share the first read (issue 15: one submit listed the webhooks twice and read the
 * org version three times). For what the transaction itself does not change; the memo goes with
 * the transaction object.
 */
export function oncePerTransaction<T>(tx: Queryable, key: string, read: () => Promise<T>): Promise<T> {
  let memo = memos.get(tx);
  if (!memo) {
    memo = new Map();
    memos.set(tx, memo);
  }
  const found = memo.get(key) as Promise<T> | undefined;
  if (found) return found;
  const promise = read();
  memo.set(key, promise);
  // a failed read is not remembered: the transaction is failing anyway, and a retry reads again
  promise.catch(() => memo.delete(key));
  return promise;
}

/** Drops what `oncePerTransaction` remembered under `key`: for a transaction that has just changed it. */
export function forgetInTransaction(tx: Queryable, key: string): void {
  memos.get(tx)?.delete(key);
}

/** Gives `oncePerTransaction` a value read as part of another statement, unless it already has one. */
export function rememberInTransaction<T>(tx: Queryable, key: string, value: T): void {
  let memo = memos.get(tx);
  if (!memo) {
    memo = new Map();
    memos.set(tx, memo);
  }
  if (!memo.has(key)) memo.set(key, Promise.resolve(value));
}
