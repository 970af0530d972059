import { useState } from 'react';
import { DatePicker, Input, Select, TimePicker } from 'antd';
import type { FieldOption, JsonValue, Locale } from '@signoff/schema';
import { DATE_FORMAT, parseDay, parseTime, TIME_FORMAT } from '../../form-renderer/widgets/date-values';
import { numberFromText } from './value-text';
import type { ValueKind } from './operand-kind';

/** What each value control gets: the kind decides which control, the rest is accessibility. */
export interface ValueControlProps {
  kind: ValueKind;
  options: readonly FieldOption[] | undefined;
  /** ranks, departments or positions the applicant operand is picked from, when known */
  names: readonly string[] | undefined;
  lang: Locale;
  label: string;
  placeholder: string;
  invalid: boolean;
  describedBy: string | undefined;
}

const showScalar = (v: JsonValue | undefined): string =>
  v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v);

/** Text as the value of a text-like kind: a blank box is no value yet rather than an empty text. */
const textValue = (text: string): string | undefined => (text.trim() === '' ? undefined : text);

function optionList(props: ValueControlProps): { value: string; label: string }[] | undefined {
  if (props.kind === 'option' || props.kind === 'options') {
    return (props.options ?? []).map((o) => ({
      value: o.value,
      label: o.label[props.lang] || o.label.zh || o.value,
    }));
  }
  if (props.names && props.names.length > 0) return props.names.map((n) => ({ value: n, label: n }));
  return undefined;
}

/**
 * A number box that keeps what was typed: "3." stays on screen while the value is already 3, and
 * "abc" is passed on as text for the checker to refuse, rather than being dropped on blur.
 */
function NumberBox({
  value,
  onValue,
  ...p
}: ValueControlProps & { value: JsonValue | undefined; onValue: (v: JsonValue | undefined) => void }) {
  const [text, setText] = useState(() => showScalar(value));
  // a value set from outside (another row shape, an undo) replaces the text, unless they agree
  const shown =
    numberFromText(text) === value || (value === undefined && text.trim() === '') ? text : showScalar(value);
  return (
    <Input
      value={shown}
      inputMode="decimal"
      aria-label={p.label}
      placeholder={p.placeholder}
      status={p.invalid ? 'error' : undefined}
      aria-invalid={p.invalid || undefined}
      aria-describedby={p.describedBy}
      onChange={(e) => {
        setText(e.target.value);
        onValue(numberFromText(e.target.value));
      }}
    />
  );
}

/** One value of the right kind: a number box, a date or time picker, an option list, or text. */
export function OneValue(
  props: ValueControlProps & { value: JsonValue | undefined; onValue: (v: JsonValue | undefined) => void },
) {
  const { kind, value, onValue, label, placeholder, invalid, describedBy } = props;
  const common = {
    'aria-label': label,
    status: invalid ? ('error' as const) : undefined,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
    style: { width: '100%' },
  };
  if (kind === 'number') return <NumberBox {...props} />;
  if (kind === 'date') {
    return (
      <DatePicker
        {...common}
        value={parseDay(value)}
        format={DATE_FORMAT}
        placeholder={placeholder}
        onChange={(d) => onValue(d ? d.format(DATE_FORMAT) : undefined)}
      />
    );
  }
  if (kind === 'time') {
    return (
      <TimePicker
        {...common}
        value={parseTime(value)}
        format={TIME_FORMAT}
        placeholder={placeholder}
        onChange={(d) => onValue(d ? d.format(TIME_FORMAT) : undefined)}
      />
    );
  }
  const options = optionList(props);
  if (options) {
    return (
      <Select<string>
        {...common}
        value={value === undefined ? undefined : showScalar(value)}
        options={options}
        placeholder={placeholder}
        showSearch={{ optionFilterProp: 'label' }}
        onChange={(v) => onValue(v)}
      />
    );
  }
  return (
    <Input
      {...common}
      value={showScalar(value)}
      placeholder={placeholder}
      onChange={(e) => onValue(textValue(e.target.value))}
    />
  );
}

/** Several values: picked from the options or names when there are some, typed as tags otherwise. */
export function ManyValues(
  props: ValueControlProps & { values: JsonValue[]; onValues: (v: JsonValue[]) => void },
) {
  const { kind, values, onValues, label, placeholder, invalid, describedBy } = props;
  const options = optionList(props);
  return (
    <Select<string[]>
      mode={options ? 'multiple' : 'tags'}
      aria-label={label}
      status={invalid ? 'error' : undefined}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      style={{ width: '100%' }}
      value={values.map(showScalar)}
      options={options ?? []}
      placeholder={placeholder}
      showSearch={{ optionFilterProp: 'label' }}
      onChange={(next) =>
        onValues(
          next
            .map((v) => (kind === 'number' ? numberFromText(v) : v))
            .filter((v): v is JsonValue => v !== undefined),
        )
      }
    />
  );
}
