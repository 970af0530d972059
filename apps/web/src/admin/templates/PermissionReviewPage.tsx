import { DownloadOutlined } from '@ant-design/icons';
import { Button, Input, Select, Skeleton, Space, Switch, Table, Tag, Typography } from 'antd';
import type { AccessLevel } from '@signoff/org';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useLang } from '../../i18n/use-lang';
import { toast } from '../../layout/toast';
import type { AccessFacts } from './access-model';
import { LEVELS, levelWord, sourceWords } from './access-words';
import { titleOf } from './folder-tree';
import { CSV_TYPE, toCsv } from '../../files/csv';
import { saveTextFile } from '../../files/save-file';
import { filterReview, reviewRows, type ReviewRow } from './review-rows';
import { LoadFailed } from '../LoadFailed';
import { useAccessFacts } from './use-access-facts';
import './admin-templates.i18n';

/** `/admin/permission-review`: everyone's effective tier on every form as one table, filterable, exported as CSV. */
export default function PermissionReviewPage() {
  const { facts, error, pending, refetch } = useAccessFacts();
  const { t } = useTranslation();
  const { lang } = useLang();
  if (error)
    return (
      <LoadFailed
        title={t('adminTemplates.loadFailed', { error: errorText(error, lang) })}
        onRetry={() => void refetch()}
      />
    );
  if (pending || !facts) return <Skeleton active paragraph={{ rows: 8 }} />;
  return <Review facts={facts} />;
}

function Review({ facts }: { facts: AccessFacts }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const [q, setQ] = useState('');
  const [templateId, setTemplateId] = useState<string | undefined>(undefined);
  const [level, setLevel] = useState<AccessLevel | 'none' | undefined>(undefined);
  const [hideNone, setHideNone] = useState(false);
  const r = (k: string, o?: Record<string, string | number>) => t(`adminTemplates.review.${k}`, o);
  const all = useMemo(() => reviewRows(facts), [facts]);
  const shown = filterReview(all, { q, templateId, level, hideNone });

  const exportCsv = () => {
    const head = [r('person'), r('login'), r('template'), r('folder'), r('level'), r('source')];
    const body = shown.map((x) => [
      x.user.name,
      x.user.login,
      titleOf(x.template.title, lang),
      x.folderName ?? '',
      levelWord(t, x.level),
      sourceWords(t, facts, x.source),
    ]);
    saveTextFile(
      `permission-review-${new Date().toISOString().slice(0, 10)}.csv`,
      toCsv([head, ...body]),
      CSV_TYPE,
    );
    toast('success', r('exported', { count: shown.length }));
  };

  return (
    <div data-testid="permission-review">
      <Typography.Paragraph type="secondary">{r('intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={r('search')}
          aria-label={r('search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          style={{ width: 260 }}
          data-testid="review-search"
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={r('filterTemplate')}
          aria-label={r('filterTemplate')}
          value={templateId}
          onChange={setTemplateId}
          style={{ width: 200 }}
          options={facts.templates.map((x) => ({ value: x.templateId, label: titleOf(x.title, lang) }))}
          data-testid="review-template"
        />
        <Select
          allowClear
          placeholder={r('filterLevel')}
          aria-label={r('filterLevel')}
          value={level}
          onChange={setLevel}
          style={{ width: 130 }}
          options={[...LEVELS, 'none' as const].map((l) => ({
            value: l,
            label: t(`adminTemplates.level.${l}`),
          }))}
          data-testid="review-level"
        />
        <label>
          <Switch size="small" checked={hideNone} onChange={setHideNone} /> {r('hideNone')}
        </label>
        <Button
          icon={<DownloadOutlined />}
          onClick={exportCsv}
          disabled={shown.length === 0}
          data-testid="review-export"
        >
          {r('export')}
        </Button>
      </Space>
      <Table<ReviewRow>
        size="small"
        rowKey={(x) => `${x.template.templateId}:${x.user.id}`}
        dataSource={shown}
        pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (count) => r('rows', { count }) }}
        locale={{ emptyText: r('empty') }}
        columns={[
          { title: r('person'), key: 'person', render: (_, x) => x.user.name },
          { title: r('login'), key: 'login', render: (_, x) => x.user.login },
          { title: r('template'), key: 'template', render: (_, x) => titleOf(x.template.title, lang) },
          { title: r('folder'), key: 'folder', render: (_, x) => x.folderName ?? '—' },
          {
            title: r('level'),
            key: 'level',
            width: 100,
            render: (_, x) => <Tag color={x.level ? 'blue' : 'default'}>{levelWord(t, x.level)}</Tag>,
          },
          { title: r('source'), key: 'source', render: (_, x) => sourceWords(t, facts, x.source) },
        ]}
        data-testid="review-table"
      />
    </div>
  );
}
