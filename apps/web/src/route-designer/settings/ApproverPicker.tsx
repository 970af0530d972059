import { useState } from 'react';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FormField } from '@signoff/schema';
import { useLang } from '../../i18n/use-lang';
import { approverParts, joinParts } from './approver-choices';
import { approverInWords } from './approver-in-words';
import { ApproverPart } from './ApproverPart';
import type { RouteOrg } from './route-org';
import type { ApproverExpression } from './route-types';
import './settings.i18n';
import './settings.css';

export interface ApproverPickerProps {
  value: ApproverExpression;
  /** called with a complete expression only: one kind, or a union of several */
  onChange: (next: ApproverExpression) => void;
  /** the form's fields: category fields and person fields are offered from them */
  fields: readonly FormField[];
  /** the tenant's org; undefined while it loads (names cannot be chosen yet) */
  org: RouteOrg | undefined;
}

/**
 * Who approves, as virtual positions: one or several kinds (a union), each picked from the
 * tenant's org or the form, with the whole expression in words below.
 */
export function ApproverPicker({ value, onChange, fields, org }: ApproverPickerProps) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const parts = approverParts(value);
  const [adding, setAdding] = useState(false);
  const commit = (next: ApproverExpression[]) => {
    const joined = joinParts(next);
    if (joined) onChange(joined);
  };
  const many = parts.length > 1;
  return (
    <div className="rs-picker">
      {parts.map((part, i) => (
        <ApproverPart
          // rows are positions in the union; a removed row shifts the rest, which is what it shows
          key={i}
          n={i + 1}
          value={part}
          fields={fields}
          org={org}
          lang={lang}
          onChange={(next) => commit(parts.map((p, j) => (j === i ? next : p)))}
          onRemove={many ? () => commit(parts.filter((_, j) => j !== i)) : undefined}
        />
      ))}
      {adding ? (
        <ApproverPart
          n={parts.length + 1}
          value={undefined}
          fields={fields}
          org={org}
          lang={lang}
          onChange={(next) => {
            setAdding(false);
            commit([...parts, next]);
          }}
          onRemove={() => setAdding(false)}
        />
      ) : (
        <Button type="dashed" size="small" onClick={() => setAdding(true)}>
          {t('routeSettings.picker.add')}
        </Button>
      )}
      <p className="rs-words" data-testid="approvers-in-words">
        <span className="rs-words-label">{t('routeSettings.picker.inWords')}</span>
        {approverInWords(value, { fields, org }, lang)}
      </p>
    </div>
  );
}
