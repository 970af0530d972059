import { useState } from 'react';
import { Input } from 'antd';

/** Parses what was typed; undefined for "not acceptable" (the box shows an error and nothing is committed). */
export type Parse<V> = (text: string) => { ok: true; value: V } | { ok: false };

export interface CommitInputProps<V> {
  label: string;
  value: V;
  show: (v: V) => string;
  parse: Parse<V>;
  /** called once per visit to the box (on blur or Enter), and only when the value changed */
  onCommit: (v: V) => void;
  placeholder?: string | undefined;
  help?: string | undefined;
  error?: string | undefined;
  /** a number box: the phone shows digits (a text box still, so full-width digits can be read) */
  numeric?: boolean;
  testId?: string;
}

/**
 * A box that commits on blur or Enter rather than per keystroke: every commit is one route command,
 * and one undo should take back one visit to the box, not one character.
 */
export function CommitInput<V>(p: CommitInputProps<V>) {
  const shown = p.show(p.value);
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? shown;
  const parsed = draft === null ? null : p.parse(draft);
  const bad = parsed !== null && !parsed.ok;
  const commit = () => {
    if (parsed?.ok && p.show(parsed.value) !== shown) p.onCommit(parsed.value);
    if (!bad) setDraft(null);
  };
  return (
    <label className="rs-row">
      <span className="rs-label">{p.label}</span>
      <Input
        inputMode={p.numeric ? 'decimal' : undefined}
        value={text}
        placeholder={p.placeholder}
        status={bad ? 'error' : undefined}
        aria-invalid={bad || undefined}
        data-testid={p.testId}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onPressEnter={commit}
      />
      {bad && p.error && (
        <span className="rs-error" role="alert">
          {p.error}
        </span>
      )}
      {!bad && p.help && <span className="rs-hint">{p.help}</span>}
    </label>
  );
}

/** A positive number, or (when `optional`) nothing; full-width digits from a Chinese input method read as digits. */
export function positiveNumber(opts: { integer?: boolean; optional: true }): Parse<number | undefined>;
export function positiveNumber(opts: { integer?: boolean; optional?: false }): Parse<number>;
export function positiveNumber(opts: { integer?: boolean; optional?: boolean }): Parse<number | undefined> {
  return (raw) => {
    const t = raw.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
    if (t === '') return opts.optional ? { ok: true, value: undefined } : { ok: false };
    const n = Number(t);
    if (!Number.isFinite(n) || n <= 0 || (opts.integer && !Number.isInteger(n))) return { ok: false };
    return { ok: true, value: n };
  };
}
