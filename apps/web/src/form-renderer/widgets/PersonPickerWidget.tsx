import { useEffect, useMemo, useState } from 'react';
import { Select, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { pickText } from '../localized';
import { useDirectoryNames, useDirectorySearch, type DirectoryEntry } from './use-directory';
import type { WidgetProps } from './widget-props';

type PickerOption = { value: string; label: string; entry: DirectoryEntry };

const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * User and department pickers: the tenant's directory searched on the server as the person types
 * ("zs" finds 张三), the names of already chosen ids looked up so a draft reads as names.
 */
export function PersonPickerWidget({ id, value, onChange, onBlur, field, lang, disabled, invalid, required, describedBy }: WidgetProps<string | string[]>) {
  const { t } = useTranslation();
  const kind = field.widget === 'department' ? 'department' : 'user';
  const multiple = field.multiple === true;
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 200);
  const search = useDirectorySearch(kind, query, open);
  const chosen = asList(value);
  const names = useDirectoryNames(kind, chosen);

  const options = useMemo(() => {
    const seen = new Set<string>();
    const out: PickerOption[] = [];
    const add = (e: DirectoryEntry) => {
      if (seen.has(e.id)) return;
      seen.add(e.id);
      out.push({ value: e.id, label: e.name, entry: e });
    };
    for (const idOfChosen of chosen) add(names.data?.get(idOfChosen) ?? { id: idOfChosen, name: names.isPending ? '…' : t('renderer.picker.unknown', { id: idOfChosen }) });
    for (const e of search.data ?? []) add(e);
    return out;
  }, [chosen, names.data, names.isPending, search.data, t]);

  const notFound = search.isFetching ? (
    <Spin size="small" aria-label={t('renderer.picker.searching')} />
  ) : search.isError ? (
    t('renderer.picker.failed', { reason: errorText(search.error, lang) })
  ) : (
    t('renderer.picker.noMatch')
  );

  return (
    <Select<string | string[], PickerOption>
      id={id}
      value={multiple ? chosen : chosen[0]}
      onChange={(v) => {
        const list = asList(v ?? undefined);
        onChange(list.length === 0 ? undefined : multiple ? list : list[0]);
      }}
      onBlur={onBlur}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) setQ('');
      }}
      mode={multiple ? 'multiple' : undefined}
      showSearch={{ filterOption: false, onSearch: setQ, searchValue: q }}
      options={options}
      optionRender={(o) => (
        <span className="signoff-picker-option">
          <span>{o.data.entry.name}</span>
          {o.data.entry.detail && <span className="signoff-picker-detail">{o.data.entry.detail}</span>}
        </span>
      )}
      notFoundContent={notFound}
      placeholder={pickText(field.placeholder, lang) || t(kind === 'user' ? 'renderer.placeholder.user' : 'renderer.placeholder.department')}
      disabled={disabled}
      status={invalid ? 'error' : undefined}
      aria-invalid={invalid || undefined}
      aria-required={required || undefined}
      aria-describedby={describedBy}
      allowClear
      style={{ width: '100%' }}
    />
  );
}
