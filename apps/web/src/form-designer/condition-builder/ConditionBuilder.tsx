import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stableStringify, type Condition, type FormField, type Locale } from '@signoff/schema';
import '../designer-i18n-load';
import { BuilderContext, type BuilderContextValue } from './builder-context';
import { draftFromCondition, leaves, type DraftGroup } from './condition-draft';
import { describeCondition } from './describe-condition';
import { checkDraft } from './row-check';
import { ConditionGroup } from './ConditionGroup';
import './condition-builder.css';

export interface ConditionBuilderProps {
  /** the rule as stored; undefined for none (the field is always shown) */
  value: Condition | undefined;
  /**
   * Called with a rule only once every row is finished and `checkCondition` finds nothing wrong
   * with it, or with undefined when the last row is removed. Unfinished or wrong rows stay on
   * screen with their problem and are not reported.
   */
  onChange: (next: Condition | undefined) => void;
  /** the form's fields the rule may read (leave out the field the rule belongs to) */
  fields: readonly FormField[];
  /** the tenant's ranks, lowest first: offered for the applicant's rank and checked */
  ranks?: readonly string[];
  /** department names offered for the applicant's department(s) */
  departments?: readonly string[];
  /** position names offered for the applicant's positions */
  positions?: readonly string[];
  lang: Locale;
  /**
   * How the rule is said under the rows, and the hint when there is none. By default as a
   * visibility rule ("当 … 时显示", "始终显示"); a route's branch path passes its own words, the
   * ones its label on the canvas uses.
   */
  phrase?: { rule: (condition: Condition | undefined) => string; none: string };
}

let lastId = 0;
const newId = (): string => `r${++lastId}`;
const keyOf = (c: Condition | undefined): string => (c === undefined ? '' : stableStringify(c));

interface State {
  /** the rule the drafts were made from or last reported, so a value coming back unchanged keeps them */
  seen: string;
  root: DraftGroup;
}

/** The visibility-rule builder of the property panel: rows of field · operator · value, and/or groups, the rule in words. */
export function ConditionBuilder({
  value,
  onChange,
  fields,
  ranks,
  departments,
  positions,
  lang,
  phrase,
}: ConditionBuilderProps) {
  const { t } = useTranslation(undefined, { lng: lang });
  const idPrefix = useId();
  const [state, setState] = useState<State>(() => ({
    seen: keyOf(value),
    root: draftFromCondition(value, newId),
  }));
  let current = state;
  const key = keyOf(value);
  if (key !== state.seen) {
    // a rule from elsewhere (undo, the JSON view, another field selected) replaces the drafts
    current = { seen: key, root: draftFromCondition(value, newId) };
    setState(current);
  }
  const latest = useRef(current);
  latest.current = current;

  const scope = useMemo(() => ({ fields, ...(ranks && ranks.length > 0 ? { ranks } : {}) }), [fields, ranks]);
  const check = useMemo(() => checkDraft(current.root, scope), [current.root, scope]);
  const numbers = useMemo(() => new Map(leaves(current.root).map((l, i) => [l.id, i + 1])), [current.root]);

  const ctx: BuilderContextValue = {
    fields,
    ranks,
    departments,
    positions,
    lang,
    t,
    idPrefix,
    statuses: check.statuses,
    numbers,
    edit: (fn) => {
      const root = fn(latest.current.root, newId);
      const next = checkDraft(root, scope);
      const nextKey = keyOf(next.condition);
      const report = next.ready && nextKey !== latest.current.seen;
      latest.current = { seen: report ? nextKey : latest.current.seen, root };
      setState(latest.current);
      if (report) onChange(next.condition);
    },
  };

  const empty = current.root.children.length === 0;
  return (
    <BuilderContext.Provider value={ctx}>
      <div className="cb">
        {empty && <p className="cb-hint">{phrase ? phrase.none : t('designer.condition.none')}</p>}
        <ConditionGroup group={current.root} top />
        <p className="cb-words" aria-live="polite">
          <span className="cb-words-label">{t('designer.condition.inWords')}</span>
          <span data-testid="condition-in-words">
            {phrase ? phrase.rule(check.condition) : describeCondition(check.condition, fields, lang)}
          </span>
          {!check.ready && <span className="cb-hint"> · {t('designer.condition.pending')}</span>}
        </p>
      </div>
    </BuilderContext.Provider>
  );
}
