import { useEffect, useState } from 'react';
import { FilterOutlined } from '@ant-design/icons';
import { Badge, Button, Checkbox, DatePicker, Drawer, Input, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import { activeFilterCount, STATUSES, type InboxView } from './inbox-params';

type Filters = Pick<InboxView, 'templateKey' | 'status' | 'from' | 'to' | 'urgent'>;

/** Template, date range, status and urgent, laid out in a row (desktop) or a column (the phone's drawer). */
function FilterFields({ value, onChange, box, column }: { value: Filters; onChange: (f: Filters) => void; box: InboxView['box']; column: boolean }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const trpc = useTRPC();
  const forms = useQuery(trpc.forms.listPublished.queryOptions());
  const size = column ? 'large' : 'middle';
  const width = column ? '100%' : undefined;
  return (
    <div className={column ? 'desk-filter-fields desk-filter-fields-column' : 'desk-filter-fields'}>
      <Select
        size={size}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('desk.filter.allTemplates')}
        aria-label={t('desk.filter.template')}
        value={value.templateKey}
        onChange={(templateKey?: string) => onChange({ ...value, templateKey })}
        options={(forms.data ?? []).map((f) => ({ value: f.key, label: pick(f.title) }))}
        style={{ width: width ?? 180 }}
        data-testid="filter-template"
      />
      <DatePicker.RangePicker
        size={size}
        aria-label={t('desk.filter.dateRange')}
        placeholder={[t('desk.filter.from'), t('desk.filter.to')]}
        value={[value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null]}
        allowEmpty={[true, true]}
        onChange={(range) =>
          onChange({ ...value, from: range?.[0]?.format('YYYY-MM-DD') ?? undefined, to: range?.[1]?.format('YYYY-MM-DD') ?? undefined })
        }
        inputReadOnly={column}
        style={{ width: width ?? 250 }}
      />
      {box !== 'todo' && (
        <Select
          size={size}
          allowClear
          placeholder={t('desk.filter.allStatuses')}
          aria-label={t('desk.filter.status')}
          value={value.status}
          onChange={(status?: Filters['status']) => onChange({ ...value, status })}
          options={STATUSES.map((s) => ({ value: s, label: t(`desk.status.${s}`) }))}
          style={{ width: width ?? 130 }}
          data-testid="filter-status"
        />
      )}
      {box !== 'started' && (
      <Checkbox checked={value.urgent} onChange={(e) => onChange({ ...value, urgent: e.target.checked })} data-testid="filter-urgent" className={column ? 'desk-touch-check' : undefined}>
        {t('desk.filter.urgent')}
      </Checkbox>
      )}
    </div>
  );
}

/** The search words, typed freely and sent when the person pauses (or presses Enter). */
function SearchBox({ value, onSearch, size }: { value: string; onSearch: (q: string) => void; size: 'large' | 'middle' }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text === value) return;
    const id = setTimeout(() => onSearch(text), 400);
    return () => clearTimeout(id);
  }, [text, value, onSearch]);
  return (
    <Input.Search
      size={size}
      allowClear
      value={text}
      placeholder={t('desk.filter.search')}
      aria-label={t('desk.filter.search')}
      onChange={(e) => setText(e.target.value)}
      onSearch={(q) => onSearch(q)}
      maxLength={100}
      data-testid="inbox-search"
    />
  );
}

export function InboxFilters({ view, onChange, phone }: { view: InboxView; onChange: (patch: Partial<InboxView>) => void; phone: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<Filters>(view);
  const filters: Filters = { templateKey: view.templateKey, status: view.status, from: view.from, to: view.to, urgent: view.urgent };
  const count = activeFilterCount(view);

  if (!phone) {
    return (
      <div className="desk-filters">
        <div style={{ width: 260 }}>
          <SearchBox value={view.q} onSearch={(q) => onChange({ q })} size="middle" />
        </div>
        <FilterFields value={filters} onChange={(f) => onChange(f)} box={view.box} column={false} />
        {count > 0 && (
          <Button type="link" onClick={() => onChange({ templateKey: undefined, status: undefined, from: undefined, to: undefined, urgent: false })}>
            {t('desk.filter.reset')}
          </Button>
        )}
      </div>
    );
  }

  return (
    <div className="desk-filters-phone">
      <div style={{ flex: 1, minWidth: 0 }}>
        <SearchBox value={view.q} onSearch={(q) => onChange({ q })} size="large" />
      </div>
      <Badge count={count} size="small">
        <Button
          size="large"
          icon={<FilterOutlined />}
          onClick={() => {
            setDraft(filters);
            setOpen(true);
          }}
          aria-label={count > 0 ? t('desk.filter.openCount', { count }) : t('desk.filter.open')}
          data-testid="filter-open"
        />
      </Badge>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        placement="bottom"
        size="auto"
        title={t('desk.filter.title')}
        destroyOnHidden
        footer={
          <div className="desk-drawer-footer">
            <Button size="large" onClick={() => setDraft({ templateKey: undefined, status: undefined, from: undefined, to: undefined, urgent: false })}>
              {t('desk.filter.reset')}
            </Button>
            <Button
              size="large"
              type="primary"
              onClick={() => {
                onChange(draft);
                setOpen(false);
              }}
              data-testid="filter-apply"
            >
              {t('desk.filter.apply')}
            </Button>
          </div>
        }
      >
        <FilterFields value={draft} onChange={setDraft} box={view.box} column />
      </Drawer>
    </div>
  );
}
