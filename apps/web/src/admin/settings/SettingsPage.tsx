import { Alert, Button, Card, Flex, Form, Input, InputNumber, Select, Skeleton, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, fieldErrorsOf } from '../../api/app-error';
import { useTRPC, type RouterOutputs } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import { toast } from '../../layout/toast';
import { LoadFailed } from '../LoadFailed';
import { PasswordPolicyCard } from './PasswordPolicyCard';
import { WorkCalendarCard } from './WorkCalendarCard';
import type { CalendarDays } from './work-calendar-edit';
import './admin-settings.i18n';
import './admin-settings.css';

type Settings = RouterOutputs['settings']['get'];
type FormValues = Pick<Settings, 'name' | 'locale' | 'defaultTimeLimitHours' | 'reminderHours'> & {
  logoUrl: string;
};

const URL_RE = /^https?:\/\/\S+$/;

/** `/admin/settings`: the company's name, logo, language, work calendar and time limits (settings.get / update). */
export default function SettingsPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const settings = useQuery(trpc.settings.get.queryOptions());
  if (settings.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (settings.isError)
    return (
      <LoadFailed
        title={t('adminSettings.loadFailed', { error: errorText(settings.error, lang) })}
        onRetry={() => void settings.refetch()}
      />
    );
  return <SettingsForm settings={settings.data} />;
}

function SettingsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const [days, setDays] = useState<CalendarDays>({
    holidays: settings.holidays,
    extraWorkdays: settings.extraWorkdays,
  });
  const [dirty, setDirty] = useState(false);
  const logoUrl = Form.useWatch('logoUrl', form);
  const save = useMutation(trpc.settings.update.mutationOptions());

  // a save (or another admin's) brings new settings: the form starts again from them
  useEffect(() => {
    form.setFieldsValue({ ...settings, logoUrl: settings.logoUrl ?? '' });
    setDays({ holidays: settings.holidays, extraWorkdays: settings.extraWorkdays });
    setDirty(false);
  }, [settings, form]);

  const submit = async () => {
    const v = await form.validateFields();
    try {
      await save.mutateAsync({ ...v, name: v.name.trim(), logoUrl: v.logoUrl.trim() || null, ...days });
      await queryClient.invalidateQueries({ queryKey: trpc.settings.get.pathKey() });
      toast('success', t('adminSettings.saved'));
    } catch (e) {
      const fields = fieldErrorsOf(e);
      if (fields.length > 0)
        form.setFields(
          fields.map((f) => ({
            name: f.path as keyof FormValues,
            errors: [f.message[lang] || f.message.zh],
          })),
        );
      toast('error', t('adminSettings.saveFailed', { error: errorText(e, lang) }));
    }
  };

  return (
    <div className="admin-settings-page" data-testid="admin-settings">
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ ...settings, logoUrl: settings.logoUrl ?? '' }}
        onValuesChange={() => setDirty(true)}
      >
        <div className="admin-settings-columns">
          <Card title={t('adminSettings.company.title')}>
            <Form.Item
              name="name"
              label={t('adminSettings.company.name')}
              rules={[
                { required: true, whitespace: true, message: t('adminSettings.company.nameRequired') },
                { max: 100 },
              ]}
            >
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item
              name="logoUrl"
              label={t('adminSettings.company.logo')}
              extra={t('adminSettings.company.logoHint')}
              rules={[{ pattern: URL_RE, message: t('adminSettings.company.logoInvalid') }, { max: 500 }]}
            >
              <Input placeholder="https://" maxLength={500} />
            </Form.Item>
            {typeof logoUrl === 'string' && URL_RE.test(logoUrl) && (
              <img
                className="admin-settings-logo"
                src={logoUrl}
                alt={t('adminSettings.company.logoPreview')}
              />
            )}
            <Form.Item name="locale" label={t('adminSettings.company.locale')}>
              <Select
                options={[
                  { value: 'zh', label: t('adminSettings.company.zh') },
                  { value: 'en', label: t('adminSettings.company.en') },
                ]}
              />
            </Form.Item>
          </Card>
          <Flex vertical gap={16}>
            <Card title={t('adminSettings.limits.title')}>
              <Form.Item
                name="defaultTimeLimitHours"
                label={t('adminSettings.limits.timeLimit')}
                extra={t('adminSettings.limits.timeLimitHint')}
                rules={[{ required: true }]}
              >
                <InputNumber min={1} max={24 * 60} precision={0} style={{ width: 160 }} />
              </Form.Item>
              <Form.Item
                name="reminderHours"
                label={t('adminSettings.limits.reminder')}
                extra={t('adminSettings.limits.reminderHint')}
                rules={[{ required: true }]}
              >
                <InputNumber min={1} max={24 * 14} precision={0} style={{ width: 160 }} />
              </Form.Item>
            </Card>
            <Card title={t('adminSettings.mail.title')}>
              <Typography.Text type="secondary">{t('adminSettings.mail.text')}</Typography.Text>
            </Card>
          </Flex>
        </div>
      </Form>
      <WorkCalendarCard
        days={days}
        onChange={(next) => {
          setDays(next);
          setDirty(true);
        }}
      />
      <Flex gap={12} align="center" className="admin-settings-actions">
        <Button
          type="primary"
          loading={save.isPending}
          onClick={() => void submit()}
          data-testid="settings-save"
        >
          {t('adminSettings.save')}
        </Button>
        {dirty && <Alert type="warning" showIcon title={t('adminSettings.unsaved')} />}
      </Flex>
      {/* read-only, so after the save button: everything above it is what a save sends */}
      <PasswordPolicyCard />
    </div>
  );
}
