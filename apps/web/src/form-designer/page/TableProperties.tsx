import { Button, Select } from 'antd';
import { FIELD_TYPE_NAMES, fieldPath } from '@signoff/designer';
import type { FormField } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import type { DesignerAction } from './designer-state';
import { PropRow } from './prop-inputs';

const SUMMABLE = new Set(['number', 'money', 'computed']);

/** A detail table's columns (select one to edit it, add one) and which columns show a total. */
export function TableProperties({
  table,
  send,
  set,
}: {
  table: FormField;
  send: (action: DesignerAction) => void;
  set: (patch: Partial<FormField>) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const columns = table.columns ?? [];
  return (
    <>
      <PropRow label={t('designerPage.props.columns')}>
        <ul className="fd-column-list" data-testid="prop-columns">
          {columns.map((c) => (
            <li key={c.key}>
              <Button
                size="small"
                type="link"
                aria-label={t('designerPage.props.editColumn', { label: pick(c.label) })}
                onClick={() => send({ type: 'select', field: fieldPath(c.key, table.key) })}
              >
                {pick(c.label)}
              </Button>
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
        options={(Object.keys(FIELD_TYPE_NAMES) as (keyof typeof FIELD_TYPE_NAMES)[])
          .filter((type) => type !== 'table' && type !== 'serialNumber')
          .map((type) => ({ value: type, label: pick(FIELD_TYPE_NAMES[type]) }))}
        onChange={(type: keyof typeof FIELD_TYPE_NAMES) =>
          send({ type: 'command', command: { type: 'addField', fieldType: type, at: { table: table.key } } })
        }
      />
      <PropRow label={t('designerPage.props.sumColumns')}>
        <Select
          mode="multiple"
          allowClear
          value={table.sumColumns ?? []}
          options={columns
            .filter((c) => SUMMABLE.has(c.type))
            .map((c) => ({ value: c.key, label: pick(c.label) }))}
          onChange={(keys: string[]) => set({ sumColumns: keys.length > 0 ? keys : undefined })}
        />
      </PropRow>
    </>
  );
}
