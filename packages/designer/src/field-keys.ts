import { FIELD_KEY_PATTERN, type FieldType, type FormModel, type Localized } from '@signoff/schema';
import { columnsOf, fieldsOf, isField } from './field-path.js';

/**
 * Proposes a key for a new field from its label, e.g. pinyin: 请假天数 → `qingjiatianshu`. The
 * core makes the proposal a valid key and unique; an empty proposal falls back to `field_<n>`.
 */
export type KeyFromLabel = (label: Localized, type: FieldType) => string;

const MAX_KEY = 64;
const DEFAULT_KEY = /^field_(\d{1,9})$/;

/** Every key in use anywhere in the form: new fields avoid all of them, so a path never means two things. */
export function keysInUse(model: FormModel): Set<string> {
  const out = new Set<string>();
  for (const f of fieldsOf(model)) {
    if (!isField(f)) continue;
    out.add(f.key);
    if (f.type === 'table') for (const c of columnsOf(f)) if (isField(c)) out.add(c.key);
  }
  return out;
}

/** Letters, digits and underscores only, starting with a letter, with room left for a `_n` suffix. */
function sanitize(proposal: string): string {
  const s = proposal.replace(/[^A-Za-z0-9_]/g, '');
  const led = /^[A-Za-z]/.test(s) ? s : s === '' ? '' : `f${s}`;
  return led.slice(0, MAX_KEY - 4);
}

/** The next `field_<n>`: one past the highest in use, so a key just deleted is not handed to a different field. */
function nextDefaultKey(taken: ReadonlySet<string>): string {
  let n = 0;
  for (const k of taken) {
    const m = DEFAULT_KEY.exec(k);
    if (m) n = Math.max(n, Number(m[1]));
  }
  let key = `field_${n + 1}`;
  // only past 999 999 999 fields could this collide; the loop keeps the promise anyway
  for (let i = n + 2; taken.has(key) || !FIELD_KEY_PATTERN.test(key); i++) key = `field_${i}`;
  return key;
}

/** A valid key not in `taken`, from the proposal when it has letters to offer (`name`, `name_2`, …). */
export function uniqueKey(proposal: string | undefined, taken: ReadonlySet<string>): string {
  // the proposal comes from the caller's generator: anything but text counts as none
  const base = typeof proposal === 'string' ? sanitize(proposal) : '';
  if (base === '') return nextDefaultKey(taken);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const key = `${base}_${n}`;
    if (!taken.has(key)) return key;
  }
}

/** Makes keys for the fields one command creates, each unique in the form and among themselves. */
export function keyMaker(
  model: FormModel,
  fromLabel?: KeyFromLabel,
): (label: Localized, type: FieldType) => string {
  const taken = keysInUse(model);
  return (label, type) => {
    const key = uniqueKey(fromLabel?.(label, type), taken);
    taken.add(key);
    return key;
  };
}

export const isValidKey = (key: unknown): key is string =>
  typeof key === 'string' && FIELD_KEY_PATTERN.test(key);
