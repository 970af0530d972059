import { Alert, Badge, Space, Tabs, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorText } from '../api/app-error';
import { useTRPC } from '../api/trpc';
import { useLang } from '../i18n/use-lang';
import { RequestList } from '../requests/RequestList';

export default function InboxPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  // the tab lives in the URL so "back" from a request returns to the same tab
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'done' ? 'done' : 'todo';
  const todo = useQuery(trpc.inbox.todo.queryOptions());
  const done = useQuery({ ...trpc.inbox.done.queryOptions(), enabled: tab === 'done' });
  const current = tab === 'done' ? done : todo;

  return (
    <>
      <Typography.Title level={4} className="signoff-page-title">
        {t('inbox.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'done' ? { tab: 'done' } : {}, { replace: true })}
        items={[
          {
            key: 'todo',
            label: (
              <Space size={6} data-testid="tab-todo">
                {t('inbox.todo')}
                <Badge count={todo.data?.length ?? 0} size="small" />
              </Space>
            ),
          },
          { key: 'done', label: <span data-testid="tab-done">{t('inbox.done')}</span> },
        ]}
      />
      {current.isError && <Alert type="error" showIcon title={errorText(current.error, lang)} style={{ marginBottom: 16 }} />}
      <RequestList rows={current.data} loading={current.isPending} variant={tab} />
    </>
  );
}
