import { AutoComplete, Button, DatePicker, Flex } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { PersonSearchSelect } from '../../directory/PersonSearchSelect';
import { ACTION_PREFIXES, type AuditFilters } from './audit-query';

const DAY = 'YYYY-MM-DD';

/** Person, action (prefix) and date range above the audit table; every change starts at page 1. */
export function AuditFilterBar({
  value,
  onChange,
}: {
  value: AuditFilters;
  onChange: (next: AuditFilters) => void;
}) {
  const { t } = useTranslation();
  const typed = value.action?.trim() ?? '';
  const empty = !value.actorId && !typed && !value.from && !value.to;
  return (
    <Flex wrap gap={8} align="center" data-testid="audit-filters">
      <div style={{ width: 220 }}>
        <PersonSearchSelect
          id="audit-person"
          value={value.actorId ?? null}
          placeholder={t('adminAudit.filter.personPlaceholder')}
          onChange={(id) => onChange({ ...value, actorId: typeof id === 'string' ? id : undefined })}
          testId="audit-person"
        />
      </div>
      <AutoComplete
        style={{ width: 240 }}
        aria-label={t('adminAudit.filter.action')}
        placeholder={t('adminAudit.filter.actionPlaceholder')}
        allowClear
        value={value.action ?? ''}
        options={ACTION_PREFIXES.filter((p) => p.startsWith(typed) && p !== typed).map((p) => ({ value: p }))}
        onChange={(action: string) => onChange({ ...value, action })}
        data-testid="audit-action"
      />
      <DatePicker.RangePicker
        aria-label={t('adminAudit.filter.dates')}
        placeholder={[t('adminAudit.filter.from'), t('adminAudit.filter.to')]}
        allowEmpty={[true, true]}
        value={[value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null]}
        onChange={(range) =>
          onChange({
            ...value,
            from: range?.[0]?.format(DAY) ?? undefined,
            to: range?.[1]?.format(DAY) ?? undefined,
          })
        }
      />
      <Button disabled={empty} onClick={() => onChange({})}>
        {t('adminAudit.filter.reset')}
      </Button>
    </Flex>
  );
}
