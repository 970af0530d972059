import { Select } from 'antd';
import { useTranslation } from 'react-i18next';

/** The wizard's "create it" choice: no existing item is used, the import (or the admin) creates it. */
export const CREATE = '';

export interface ChoiceOption {
  id: string;
  label: string;
}

export type MapKind = 'department' | 'position' | 'rank';

/** An id usable in a DOM id and a CSS selector: Chinese names stay, the rest becomes `_`. */
export const domId = (s: string) => s.replace(/[^\w\u4e00-\u9fff-]/g, '_');

/**
 * "Use the company's <existing item>" or "create it" for one name the templates need. A name the
 * company already has is matched by name anyway, so it offers only existing items (the same-named
 * one preselected); a missing name starts on "create it".
 */
export function MapChoice({
  kind,
  name,
  value,
  options,
  canCreate,
  onChange,
}: {
  kind: MapKind;
  name: string;
  /** the chosen id, or CREATE */
  value: string;
  options: readonly ChoiceOption[];
  canCreate: boolean;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  const w = (k: string, o?: Record<string, string>) => t(`adminCatalog.wizard.${k}`, o);
  const label = `${name}: ${w('useExisting')}`;
  return (
    <Select
      aria-label={label}
      showSearch={{ optionFilterProp: 'label' }}
      value={value}
      onChange={onChange}
      style={{ width: 240 }}
      popupMatchSelectWidth={false}
      options={[
        ...(canCreate ? [{ value: CREATE, label: w('createIt', { name }) }] : []),
        ...(options.length > 0
          ? [{ label: w('useExisting'), options: options.map((o) => ({ value: o.id, label: o.label })) }]
          : []),
      ]}
      id={`use-${kind}-${domId(name)}`}
      data-testid={`use-${kind}-${name}`}
    />
  );
}
