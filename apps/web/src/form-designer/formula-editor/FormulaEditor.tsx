import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Button, Input } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useTranslation } from 'react-i18next';
import { stableStringify, type FormField, type Formula, type Locale } from '@signoff/schema';
import '../designer-i18n-load';
import { insertAt, type Snippet } from './chip-insert';
import { FormulaChips } from './FormulaChips';
import type { NameScope } from './formula-names';
import { printFormula } from './print-formula';
import { reviewFormula, type FormulaReview, type FormulaTarget } from './review-formula';
import './formula-editor.css';

export interface FormulaEditorProps {
  /** the formula as stored; undefined for none */
  value: Formula | undefined;
  /**
   * Called with a formula only when the text reads as one and nothing is wrong with it (the checker,
   * loops, the target's type), or with undefined when the text is cleared. A text with problems stays
   * on screen with them and is not reported.
   */
  onChange: (next: Formula | undefined) => void;
  /** the form's top-level fields (tables with their columns) */
  fields: readonly FormField[];
  /** the computed field the formula belongs to; `table` when it is a column of that table, whose row it then reads first */
  target: FormulaTarget;
  /** the tenant's ranks, for conditions inside if() */
  ranks?: readonly string[];
  lang: Locale;
}

const keyOf = (f: Formula | undefined) => (f === undefined ? '' : stableStringify(f));

/** The computed field's formula: a text box with field, column, function and operator chips, and live problems. */
export function FormulaEditor({ value, onChange, fields, target, ranks, lang }: FormulaEditorProps) {
  const { t } = useTranslation(undefined, { lng: lang });
  const problemsId = useId();
  const box = useRef<TextAreaRef>(null);
  const pendingSelection = useRef<[number, number] | null>(null);

  const scope = useMemo<NameScope>(() => {
    const row = target.table ? fields.find((f) => f.key === target.table)?.columns : undefined;
    return row ? { fields, row, lang } : { fields, lang };
  }, [fields, target.table, lang]);

  const [state, setState] = useState(() => ({
    seen: keyOf(value),
    text: value ? printFormula(value, scope) : '',
  }));
  let current = state;
  if (keyOf(value) !== state.seen) {
    // a formula from elsewhere (undo, the JSON view) replaces the text
    current = { seen: keyOf(value), text: value ? printFormula(value, scope) : '' };
    setState(current);
  }

  const context = useMemo(
    () => ({ fields, target, lang, ...(ranks ? { ranks } : {}) }),
    [fields, target, lang, ranks],
  );
  // the review of the text just typed is made once, for reporting it and for showing it (~3 ms on a 300-field form)
  const lastReview = useRef<{ text: string; context: typeof context; review: FormulaReview } | null>(null);
  const reviewOf = (text: string): FormulaReview => {
    const last = lastReview.current;
    if (last && last.text === text && last.context === context) return last.review;
    const review = reviewFormula(text, context);
    lastReview.current = { text, context, review };
    return review;
  };
  const review = reviewOf(current.text);

  const element = () => box.current?.resizableTextArea?.textArea;

  useLayoutEffect(() => {
    const sel = pendingSelection.current;
    const el = element();
    if (!sel || !el) return;
    pendingSelection.current = null;
    el.focus();
    el.setSelectionRange(sel[0], sel[1]);
  });

  const write = (text: string) => {
    const next = reviewOf(text);
    const nextKey = keyOf(next.formula);
    const blank = text.trim() === '';
    const report =
      (blank || (next.formula !== undefined && next.problems.length === 0)) && nextKey !== current.seen;
    setState({ seen: report ? nextKey : current.seen, text });
    if (report) onChange(blank ? undefined : next.formula);
  };

  const insert = (make: (before: string) => Snippet) => {
    const el = element();
    const start = el?.selectionStart ?? current.text.length;
    const end = el?.selectionEnd ?? start;
    const { text, caret } = insertAt(current.text, start, end, make(current.text.slice(0, start)));
    pendingSelection.current = [caret, caret];
    write(text);
  };

  const select = (start: number, end: number) => {
    pendingSelection.current = [start, Math.max(start, end)];
    setState({ ...current });
  };

  const blank = current.text.trim() === '';
  const bad = review.problems.length > 0;
  return (
    <div className="fe">
      <Input.TextArea
        ref={box}
        value={current.text}
        onChange={(e) => write(e.target.value)}
        aria-label={t('designer.formula.inputLabel')}
        aria-invalid={bad || undefined}
        aria-describedby={problemsId}
        status={bad ? 'error' : undefined}
        placeholder={t('designer.formula.placeholder')}
        autoSize={{ minRows: 2, maxRows: 8 }}
        spellCheck={false}
        className="fe-text"
      />
      <div id={problemsId} className="fe-review" aria-live="polite">
        {bad ? (
          <ul className="fe-problems" role="alert">
            {review.problems.map((p, i) => (
              <li key={i}>
                <span>{p.message[lang] || p.message.zh}</span>
                {p.span && (
                  <Button
                    type="link"
                    size="small"
                    className="fe-at"
                    onClick={() => p.span && select(p.span.start, p.span.end)}
                  >
                    {t('designer.formula.at', {
                      from: p.span.start + 1,
                      to: Math.max(p.span.start + 1, p.span.end),
                    })}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className={blank ? 'fe-hint' : 'fe-ok'} role="status">
            {t(blank ? 'designer.formula.empty' : 'designer.formula.ok')}
          </p>
        )}
      </div>
      <FormulaChips scope={scope} targetKey={target.key} lang={lang} t={t} onInsert={insert} />
    </div>
  );
}
