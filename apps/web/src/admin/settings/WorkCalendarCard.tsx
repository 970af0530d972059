import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Calendar, Card, Flex, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import { calendarYears, dayState, daysOfYear, toggleDay, type CalendarDays } from './work-calendar-edit';

const KEY = 'YYYY-MM-DD';

/**
 * The holidays and make-up working days as a month calendar with a year switcher: a click on a
 * day toggles it (see `toggleDay`); below, the chosen year's two lists, each day removable.
 */
export function WorkCalendarCard({
  days,
  onChange,
}: {
  days: CalendarDays;
  onChange: (next: CalendarDays) => void;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const [month, setMonth] = useState<Dayjs>(() => dayjs().startOf('month'));
  const year = month.year();
  const years = useMemo(() => calendarYears(days, dayjs().year()), [days]);
  const monthNames = useMemo(() => {
    const f = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { month: 'long' });
    return Array.from({ length: 12 }, (_, m) => f.format(new Date(Date.UTC(2026, m, 15))));
  }, [lang]);
  const stateText = (date: string) => {
    const s = dayState(date, days);
    if (s === 'holiday') return t('adminSettings.calendar.holidayLabel');
    if (s === 'makeUp') return t('adminSettings.calendar.makeUpLabel');
    return t(`adminSettings.calendar.${s}`);
  };

  const header = (
    <Flex justify="space-between" align="center" wrap gap={8} className="admin-settings-calendar-header">
      <Space>
        <Button
          icon={<LeftOutlined />}
          aria-label={t('adminSettings.calendar.prevYear')}
          onClick={() => setMonth(month.subtract(1, 'year'))}
        />
        <Select
          aria-label={t('adminSettings.calendar.year')}
          data-testid="calendar-year"
          value={year}
          style={{ width: 96 }}
          options={[...new Set([...years, year])].sort().map((y) => ({ value: y, label: String(y) }))}
          onChange={(y: number) => setMonth(month.year(y))}
        />
        <Button
          icon={<RightOutlined />}
          aria-label={t('adminSettings.calendar.nextYear')}
          onClick={() => setMonth(month.add(1, 'year'))}
        />
        <Select
          aria-label={monthNames[month.month()]}
          value={month.month()}
          style={{ width: 110 }}
          options={monthNames.map((label, value) => ({ value, label }))}
          onChange={(m: number) => setMonth(month.month(m))}
        />
      </Space>
      <Space size={12}>
        <Tag color="red">{`${t('adminSettings.calendar.holiday')} · ${t('adminSettings.calendar.holidayLabel')}`}</Tag>
        <Tag color="blue">{`${t('adminSettings.calendar.makeUp')} · ${t('adminSettings.calendar.makeUpLabel')}`}</Tag>
      </Space>
    </Flex>
  );

  return (
    <Card title={t('adminSettings.calendar.title')} data-testid="work-calendar">
      <Typography.Paragraph type="secondary">{t('adminSettings.calendar.hint')}</Typography.Paragraph>
      <Calendar
        value={month}
        headerRender={() => header}
        onPanelChange={(d) => setMonth(d.startOf('month'))}
        onSelect={(d, info) => {
          // a change of month or year from the header is not a click on a day
          if (info.source !== 'date') return;
          if (!d.isSame(month, 'month')) setMonth(d.startOf('month'));
          onChange(toggleDay(d.format(KEY), days));
        }}
        fullCellRender={(d, info) => {
          if (info.type !== 'date') return info.originNode;
          const date = d.format(KEY);
          const s = dayState(date, days);
          return (
            <div
              className={`admin-settings-day is-${s}${d.isSame(month, 'month') ? '' : ' is-other-month'}${
                d.isSame(dayjs(), 'day') ? ' is-today' : ''
              }`}
              data-date={date}
              data-state={s}
              title={t('adminSettings.calendar.dayTitle', { date, state: stateText(date) })}
            >
              <span className="admin-settings-day-number">{d.date()}</span>
              {s === 'holiday' && <Tag color="red">{t('adminSettings.calendar.holiday')}</Tag>}
              {s === 'makeUp' && <Tag color="blue">{t('adminSettings.calendar.makeUp')}</Tag>}
            </div>
          );
        }}
      />
      <DayList
        label={t('adminSettings.calendar.holidays', { year, count: daysOfYear(days.holidays, year).length })}
        list={daysOfYear(days.holidays, year)}
        color="red"
        onRemove={(d) => onChange(toggleDay(d, days))}
        testId="holiday-list"
      />
      <DayList
        label={t('adminSettings.calendar.makeUps', {
          year,
          count: daysOfYear(days.extraWorkdays, year).length,
        })}
        list={daysOfYear(days.extraWorkdays, year)}
        color="blue"
        onRemove={(d) => onChange(toggleDay(d, days))}
        testId="makeup-list"
      />
    </Card>
  );
}

function DayList(props: {
  label: string;
  list: string[];
  color: string;
  onRemove: (date: string) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="admin-settings-daylist" data-testid={props.testId}>
      <Typography.Text strong>{props.label}</Typography.Text>
      <div>
        {props.list.length === 0 ? (
          <Typography.Text type="secondary">{t('adminSettings.calendar.none')}</Typography.Text>
        ) : (
          props.list.map((d) => (
            <Tag
              key={d}
              color={props.color}
              closable
              closeIcon={<span aria-label={t('adminSettings.calendar.remove', { date: d })}>×</span>}
              onClose={(e) => {
                e.preventDefault();
                props.onRemove(d);
              }}
            >
              {d}
            </Tag>
          ))
        )}
      </div>
    </div>
  );
}
