import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Skeleton, Space, Switch, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import { useGoBack } from '../use-go-back';
import '../desk.css';
import { toast } from '../../layout/toast';

/** The person's own notice settings: in-app notices always, e-mail by choice. */
export default function NotificationSettingsPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const goBack = useGoBack();
  const settings = useQuery(trpc.notifications.settings.queryOptions());
  const update = useMutation({
    ...trpc.notifications.updateSettings.mutationOptions(),
    onSuccess: (data) => {
      queryClient.setQueryData(trpc.notifications.settings.queryKey(), data);
      toast('success', t('desk.settings.saved'));
    },
    onError: (e) => toast('error', errorText(e, lang)),
  });

  return (
    <div className="desk-narrow">
      <Space align="center" style={{ marginBottom: 16 }}>
        <Button
          type="text"
          icon={<ArrowLeftOutlined />}
          onClick={goBack}
          aria-label={t('desk.settings.back')}
          className="desk-touch"
        />
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('desk.settings.title')}
        </Typography.Title>
      </Space>
      {settings.isError && (
        <Alert type="error" showIcon title={errorText(settings.error, lang)} style={{ marginBottom: 16 }} />
      )}
      <Card variant="borderless">
        <div className="desk-setting-row">
          <div>
            <Typography.Text strong>{t('desk.settings.inApp')}</Typography.Text>
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {t('desk.settings.inAppHint')}
            </Typography.Paragraph>
          </div>
          <Switch checked disabled aria-label={t('desk.settings.inApp')} />
        </div>
        <div className="desk-setting-row">
          <label htmlFor="desk-email-switch">
            <Typography.Text strong>{t('desk.settings.email')}</Typography.Text>
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {t('desk.settings.emailHint')}
            </Typography.Paragraph>
          </label>
          {settings.isPending ? (
            <Skeleton.Button active size="small" />
          ) : (
            <Switch
              id="desk-email-switch"
              checked={update.isPending ? update.variables.email : (settings.data?.email ?? false)}
              loading={update.isPending}
              disabled={!settings.data}
              onChange={(email) => update.mutate({ email })}
              data-testid="email-switch"
            />
          )}
        </div>
      </Card>
    </div>
  );
}
