import { Input, Select, Space, Switch, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { effectiveAccess, type AccessFacts, type AccessTemplate, type EffectiveRow } from './access-model';
import { LEVELS, levelWord, sourceWords } from './access-words';

const NONE = 'none';

/** 谁能看到: every active person's tier on the template and why, searchable and filterable by tier. */
export function WhoCanSee({ facts, template }: { facts: AccessFacts; template: AccessTemplate }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [level, setLevel] = useState<string | undefined>(undefined);
  const [onlyVisible, setOnlyVisible] = useState(true);
  const w = (k: string) => t(`adminTemplates.who.${k}`);
  const rows = useMemo(() => effectiveAccess(facts, template), [facts, template]);
  const needle = q.trim().toLowerCase();
  const shown = rows.filter(
    (r) =>
      (!onlyVisible || r.level !== null) &&
      (level === undefined || (r.level ?? NONE) === level) &&
      (!needle || r.user.name.toLowerCase().includes(needle) || r.user.login.toLowerCase().includes(needle)),
  );

  return (
    <div data-testid="who-can-see">
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={w('search')}
          aria-label={w('search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <Select
          allowClear
          placeholder={w('filterLevel')}
          aria-label={w('filterLevel')}
          value={level}
          onChange={setLevel}
          style={{ width: 140 }}
          options={[...LEVELS, NONE].map((l) => ({ value: l, label: t(`adminTemplates.level.${l}`) }))}
        />
        <label>
          <Switch size="small" checked={onlyVisible} onChange={setOnlyVisible} /> {w('onlyVisible')}
        </label>
      </Space>
      <Table<EffectiveRow>
        size="small"
        rowKey={(r) => r.user.id}
        dataSource={shown}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: w('empty') }}
        columns={[
          { title: w('person'), key: 'person', render: (_, r) => `${r.user.name} · ${r.user.login}` },
          {
            title: w('level'),
            key: 'level',
            width: 110,
            render: (_, r) => <Tag color={r.level ? 'blue' : 'default'}>{levelWord(t, r.level)}</Tag>,
          },
          { title: w('source'), key: 'source', render: (_, r) => sourceWords(t, facts, r.source) },
        ]}
      />
    </div>
  );
}
