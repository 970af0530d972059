import { useRef, type ReactNode } from 'react';
import { Input, InputNumber, Switch } from 'antd';
import type { Localized } from '@signoff/schema';

let burstSeq = 0;

/**
 * The coalescing value of a text box: the same from focus to blur, so one undo takes back what was
 * typed in one visit to the box, and a new visit is a new step.
 */
export function useBurst(name: string): { token: () => string; onFocus: () => void } {
  const seq = useRef(++burstSeq);
  return { token: () => `${name}/${seq.current}`, onFocus: () => (seq.current = ++burstSeq) };
}

export function PropRow({ label, children, help }: { label: string; children: ReactNode; help?: string }) {
  return (
    <label className="fd-prop">
      <span className="fd-prop-label">{label}</span>
      {children}
      {help && <span className="fd-prop-help">{help}</span>}
    </label>
  );
}

export function TextProp(p: {
  label: string;
  name: string;
  value: string | undefined;
  onChange: (value: string, coalesce: string) => void;
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
          autoSize={{ minRows: 2, maxRows: 6 }}
          onChange={(e) => p.onChange(e.target.value, burst.token())}
        />
      ) : (
        <Input {...common} onChange={(e) => p.onChange(e.target.value, burst.token())} />
      )}
    </PropRow>
  );
}

/** A text in both languages; an emptied pair clears it (`undefined`). */
export function LocalizedProp(p: {
  labels: [string, string];
  name: string;
  value: Localized | undefined;
  onChange: (value: Localized | undefined, coalesce: string) => void;
  area?: boolean;
  testId?: string;
  keepEmpty?: boolean;
}) {
  const v = p.value ?? { zh: '', en: '' };
  const set = (next: Localized, c: string) =>
    p.onChange(!p.keepEmpty && next.zh === '' && next.en === '' ? undefined : next, c);
  return (
    <>
      <TextProp
        label={p.labels[0]}
        name={`${p.name}.zh`}
        value={v.zh}
        area={p.area}
        testId={p.testId ? `${p.testId}-zh` : undefined}
        onChange={(zh, c) => set({ ...v, zh }, c)}
      />
      <TextProp
        label={p.labels[1]}
        name={`${p.name}.en`}
        value={v.en}
        area={p.area}
        testId={p.testId ? `${p.testId}-en` : undefined}
        onChange={(en, c) => set({ ...v, en }, c)}
      />
    </>
  );
}

export function NumberProp(p: {
  label: string;
  name: string;
  value: number | undefined;
  onChange: (value: number | undefined, coalesce: string) => void;
  min?: number;
  precision?: number;
  testId?: string;
}) {
  const burst = useBurst(p.name);
  return (
    <PropRow label={p.label}>
      <InputNumber
        value={p.value ?? null}
        min={p.min}
        precision={p.precision}
        onFocus={burst.onFocus}
        data-testid={p.testId}
        style={{ width: '100%' }}
        onChange={(n) => p.onChange(typeof n === 'number' ? n : undefined, burst.token())}
      />
    </PropRow>
  );
}

export function SwitchProp(p: {
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
}

/** A title for a group of properties. */
export function PropSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="fd-prop-section">
      <h4>{title}</h4>
      {children}
    </section>
  );
}
