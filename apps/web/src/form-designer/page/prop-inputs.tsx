import { memo, useRef, type ReactNode } from 'react';
import { Input, Switch } from 'antd';
import type { Localized } from '@signoff/schema';
import { useStableHandlers } from './use-stable-handlers';

let burstSeq = 0;

/**
 * The coalescing value of a text box: the same from focus to blur, so one undo takes back what was
 * typed in one visit to the box, and a new visit is a new step.
 */
export function useBurst(name: string): { token: () => string; onFocus: () => void } {
  const seq = useRef(++burstSeq);
  return { token: () => `${name}/${seq.current}`, onFocus: () => (seq.current = ++burstSeq) };
}

/** A change from a box: the value, the typing burst it belongs to, and the box's name. */
type OnChange<V> = (value: V, coalesce: string, name: string) => void;

export function PropRow({ label, children, help }: { label: string; children: ReactNode; help?: string }) {
  return (
    <label className="fd-prop">
      <span className="fd-prop-label">{label}</span>
      {children}
      {help && <span className="fd-prop-help">{help}</span>}
    </label>
  );
}

/*
 * The inputs below are memoized: the panel re-renders on every keystroke (the field changed), and
 * each box then re-renders only if its own value did. Its onChange must keep its identity for that
 * (FieldProperties passes handlers from useStableHandlers).
 */

export const TextProp = memo(function TextProp(p: {
  label: string;
  name: string;
  value: string | undefined;
  onChange: OnChange<string>;
  /** a few lines, growing with the text (CSS field-sizing: antd's autoSize measures the page on every mount) */
  area?: boolean;
  testId?: string;
}) {
  const burst = useBurst(p.name);
  const common = {
    value: p.value ?? '',
    onFocus: burst.onFocus,
    'data-testid': p.testId,
  };
  return (
    <PropRow label={p.label}>
      {p.area ? (
        <Input.TextArea
          {...common}
          rows={2}
          className="fd-grow"
          onChange={(e) => p.onChange(e.target.value, burst.token(), p.name)}
        />
      ) : (
        <Input {...common} onChange={(e) => p.onChange(e.target.value, burst.token(), p.name)} />
      )}
    </PropRow>
  );
});

/** A text in both languages; an emptied pair clears it (`undefined`). */
export const LocalizedProp = memo(function LocalizedProp(p: {
  labelZh: string;
  labelEn: string;
  name: string;
  value: Localized | undefined;
  onChange: OnChange<Localized | undefined>;
  area?: boolean;
  testId?: string;
  keepEmpty?: boolean;
}) {
  const v = p.value ?? { zh: '', en: '' };
  const set = (next: Localized, c: string) =>
    p.onChange(!p.keepEmpty && next.zh === '' && next.en === '' ? undefined : next, c, p.name);
  // typing in one language re-renders that box only
  const on = useStableHandlers({
    zh: (zh: string, c: string) => set({ ...v, zh }, c),
    en: (en: string, c: string) => set({ ...v, en }, c),
  });
  return (
    <>
      <TextProp
        label={p.labelZh}
        name={`${p.name}.zh`}
        value={v.zh}
        area={p.area}
        testId={p.testId ? `${p.testId}-zh` : undefined}
        onChange={on.zh}
      />
      <TextProp
        label={p.labelEn}
        name={`${p.name}.en`}
        value={v.en}
        area={p.area}
        testId={p.testId ? `${p.testId}-en` : undefined}
        onChange={on.en}
      />
    </>
  );
});

/** A number box: antd's Input as a number field (InputNumber mounts several times the components, and a number field has four boxes). */
export const NumberProp = memo(function NumberProp(p: {
  label: string;
  name: string;
  value: number | undefined;
  onChange: OnChange<number | undefined>;
  min?: number;
  testId?: string;
}) {
  const burst = useBurst(p.name);
  return (
    <PropRow label={p.label}>
      <Input
        type="number"
        value={p.value ?? ''}
        min={p.min}
        onFocus={burst.onFocus}
        data-testid={p.testId}
        onChange={(e) => {
          // an unfinished number ("-", "1e") reads as '' and clears nothing yet: the box keeps what is typed
          const n = e.target.valueAsNumber;
          if (e.target.value === '' && !e.target.validity.badInput)
            p.onChange(undefined, burst.token(), p.name);
          else if (Number.isFinite(n)) p.onChange(n, burst.token(), p.name);
        }}
      />
    </PropRow>
  );
});

export const SwitchProp = memo(function SwitchProp(p: {
  label: string;
  value: boolean | undefined;
  onChange: (v: boolean) => void;
  testId?: string;
}) {
  return (
    <div className="fd-prop fd-prop-inline">
      <span className="fd-prop-label">{p.label}</span>
      <Switch checked={p.value === true} onChange={p.onChange} data-testid={p.testId} size="small" />
    </div>
  );
});

/** A day (YYYY-MM-DD), the browser's own date box; emptied, it clears the property. */
export const DateProp = memo(function DateProp(p: {
  label: string;
  name: string;
  value: string | undefined;
  onChange: OnChange<string | undefined>;
}) {
  return (
    <PropRow label={p.label}>
      <Input
        type="date"
        value={p.value ?? ''}
        onChange={(e) => p.onChange(e.target.value || undefined, '', p.name)}
      />
    </PropRow>
  );
});

/** A title for a group of properties. */
export function PropSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="fd-prop-section">
      <h4>{title}</h4>
      {children}
    </section>
  );
}
