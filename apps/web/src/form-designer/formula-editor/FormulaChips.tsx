import { Button } from 'antd';
import type { FormField, FieldType, Locale } from '@signoff/schema';
import type { TFunction } from 'i18next';
import {
  columnSnippet,
  FUNCTION_SNIPPETS,
  OPERATOR_SNIPPETS,
  type FunctionName,
  type Snippet,
} from './chip-insert';
import { nameOfColumn, nameOfField, type NameScope } from './formula-names';

/** Fields with nothing a formula or its condition could read. */
const UNREADABLE: ReadonlySet<FieldType> = new Set<FieldType>([
  'description',
  'table',
  'attachment',
  'image',
  'signature',
]);
const NUMERIC: ReadonlySet<FieldType> = new Set<FieldType>(['number', 'money', 'computed']);

export interface FormulaChipsProps {
  scope: NameScope;
  /** the field being computed, which its own formula must not read */
  targetKey: string;
  lang: Locale;
  t: TFunction;
  /** `before` gives the text before the caret, for chips that depend on it */
  onInsert: (make: (before: string) => Snippet) => void;
}

const label = (f: FormField, lang: Locale) => f.label[lang] || f.label.zh || f.key;

/** Buttons that write a field, a table column, a function or an operator at the caret. */
export function FormulaChips({ scope, targetKey, lang, t, onInsert }: FormulaChipsProps) {
  const own = (scope.row ?? []).filter((f) => f.key !== targetKey && !UNREADABLE.has(f.type));
  const top = scope.fields.filter(
    (f) => f.key !== targetKey && !UNREADABLE.has(f.type) && !own.some((c) => c.key === f.key),
  );
  const columns = scope.fields
    .filter((f) => f.type === 'table')
    .flatMap((table) =>
      (table.columns ?? []).filter((c) => NUMERIC.has(c.type)).map((c) => ({ table, column: c })),
    );
  const chip = (key: string, text: string, make: (before: string) => Snippet) => (
    <Button
      key={key}
      size="small"
      className="fe-chip"
      autoInsertSpace={false}
      aria-label={t('designer.formula.insert', { name: text })}
      onClick={() => onInsert(make)}
    >
      {text}
    </Button>
  );
  return (
    <div className="fe-chips">
      <div role="group" aria-label={t('designer.formula.fields')} className="fe-chip-group">
        <span className="fe-chip-title">{t('designer.formula.fields')}</span>
        {[...own, ...top].map((f) =>
          chip(`f:${f.key}`, label(f, lang), () => ({ text: `[${nameOfField(f.key, scope)}]` })),
        )}
      </div>
      {columns.length > 0 && (
        <div role="group" aria-label={t('designer.formula.columns')} className="fe-chip-group">
          <span className="fe-chip-title">{t('designer.formula.columns')}</span>
          {columns.map(({ table, column }) =>
            chip(`c:${table.key}.${column.key}`, `${label(table, lang)}.${label(column, lang)}`, (before) =>
              columnSnippet(`[${nameOfColumn(table.key, column.key, scope)}]`, before),
            ),
          )}
        </div>
      )}
      <div role="group" aria-label={t('designer.formula.functions')} className="fe-chip-group">
        <span className="fe-chip-title">{t('designer.formula.functions')}</span>
        {(Object.keys(FUNCTION_SNIPPETS) as FunctionName[]).map((name) => (
          <Button
            key={name}
            size="small"
            className="fe-chip"
            autoInsertSpace={false}
            title={t(`designer.formula.fn.${name}`)}
            aria-label={t('designer.formula.insert', { name: t(`designer.formula.fn.${name}`) })}
            onClick={() => onInsert(() => FUNCTION_SNIPPETS[name])}
          >
            {name === 'sum' ? 'SUM' : name}
          </Button>
        ))}
      </div>
      <div role="group" aria-label={t('designer.formula.operators')} className="fe-chip-group">
        <span className="fe-chip-title">{t('designer.formula.operators')}</span>
        {OPERATOR_SNIPPETS.map((o) => chip(`o:${o.label}`, o.label, () => o.snippet))}
      </div>
    </div>
  );
}
