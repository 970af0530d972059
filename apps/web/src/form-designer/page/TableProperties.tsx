import { memo } from 'react';
import { Select } from 'antd';
import { FIELD_TYPE_NAMES, fieldPath } from '@signoff/designer';
import type { FormField } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import type { DesignerAction } from './designer-state';
import { PropRow } from './prop-inputs';

const SUMMABLE = new Set(['number', 'money', 'computed']);

const NONE: readonly FormField[] = [];

/** A detail table's columns (select one to edit it, add one) and which columns show a total. */
export const TableProperties = memo(function TableProperties({
  tableKey,
  columns = NONE,
  sumColumns,
  send,
  set,
}: {
  tableKey: string;
  columns: readonly FormField[] | undefined;
  sumColumns: FormField['sumColumns'];
  send: (action: DesignerAction) => void;
  set: (patch: Partial<FormField>) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const types = (Object.keys(FIELD_TYPE_NAMES) as (keyof typeof FIELD_TYPE_NAMES)[])
    .filter((type) => type !== 'table' && type !== 'serialNumber')
    .map((type) => ({ value: type, label: pick(FIELD_TYPE_NAMES[type]) }));
  return (
    <>
      <PropRow label={t('designerPage.props.columns')}>
        <ul className="fd-column-list" data-testid="prop-columns">
          {columns.map((c) => (
            <li key={c.key}>
              <button
                type="button"
                className="fd-link-button"
                aria-label={t('designerPage.props.editColumn', { label: pick(c.label) })}
                onClick={() => send({ type: 'select', field: fieldPath(c.key, tableKey) })}
              >
                {pick(c.label)}
              </button>
              <span className="fd-muted">{pick(FIELD_TYPE_NAMES[c.type])}</span>
            </li>
          ))}
        </ul>
      </PropRow>
      <Select
        className="fd-add-column"
        placeholder={t('designerPage.props.addColumn')}
        value={null}
        data-testid="prop-add-column"
        options={types}
        onChange={(type: keyof typeof FIELD_TYPE_NAMES) =>
          send({ type: 'command', command: { type: 'addField', fieldType: type, at: { table: tableKey } } })
        }
      />
      <PropRow label={t('designerPage.props.sumColumns')}>
        <Select
          mode="multiple"
          allowClear
          value={sumColumns ?? []}
          options={columns
            .filter((c) => SUMMABLE.has(c.type))
            .map((c) => ({ value: c.key, label: pick(c.label) }))}
          onChange={(keys: string[]) => set({ sumColumns: keys.length > 0 ? keys : undefined })}
        />
      </PropRow>
    </>
  );
});
