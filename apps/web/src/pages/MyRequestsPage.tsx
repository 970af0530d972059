import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../api/app-error';
import { useTRPC } from '../api/trpc';
import { useLang } from '../i18n/use-lang';
import { RequestList } from '../requests/RequestList';

export default function MyRequestsPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const mine = useQuery(trpc.instances.mine.queryOptions());
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('requests.title')}
        </Typography.Title>
        <Link to="/">
          <Button type="primary" icon={<PlusOutlined />}>
            {t('requests.new')}
          </Button>
        </Link>
      </Space>
      {mine.isError && <Alert type="error" showIcon title={errorText(mine.error, lang)} style={{ marginBottom: 16 }} />}
      <RequestList rows={mine.data} loading={mine.isPending} variant="mine" />
    </>
  );
}
