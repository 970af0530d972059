import { useState } from 'react';
import { ArrowLeftOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { errorText, fieldErrorsOf } from '../api/app-error';
import { useTRPC } from '../api/trpc';
import { useGoBack } from '../desk/use-go-back';
import { useMe } from '../hooks/use-me';
import { useLang } from '../i18n/use-lang';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { Logo } from '../layout/Logo';
import { toast } from '../layout/toast';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** Reached after a first login or an admin reset (the server refuses everything else until then), or by choice. */
export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const change = useMutation(trpc.auth.changePassword.mutationOptions());
  const goBack = useGoBack();

  if (me.isSuccess && !me.data) return <Navigate to="/login" replace />;

  const onFinish = ({ currentPassword, newPassword }: Values) => {
    setError(null);
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          toast('success', t('password.done'));
          // the shell sends anyone whose cached profile still says "must change" back here: refetch first
          void queryClient.invalidateQueries().then(() => navigate('/', { replace: true }));
        },
        onError: (e) => {
          setError(e);
          // put the server's reasons on the fields they concern
          form.setFields(
            fieldErrorsOf(e).map((f) => ({ name: f.path as keyof Values, errors: [f.message[lang]] })),
          );
        },
      },
    );
  };

  return (
    <div className="signoff-login">
      {/* a forced change (first login, admin reset) has nowhere to go back to: the server refuses everything else until then */}
      {me.data && !me.data.mustChangePassword && (
        <div style={{ position: 'absolute', top: 16, left: 16 }}>
          <Button icon={<ArrowLeftOutlined />} onClick={goBack} data-testid="password-back">
            {t('desk.password.back')}
          </Button>
        </div>
      )}
      <div className="signoff-login-top">
        <LanguageSwitch size="middle" />
      </div>
      <Card
        className="signoff-login-card"
        variant="borderless"
        style={{ boxShadow: '0 8px 24px rgba(0,0,0,0.08)' }}
      >
        <Space
          orientation="vertical"
          size={4}
          style={{ width: '100%', marginBottom: 16, textAlign: 'center' }}
        >
          <Logo size={44} />
          <Typography.Title level={3} style={{ margin: '8px 0 0' }}>
            {t('password.title')}
          </Typography.Title>
        </Space>
        {me.data?.mustChangePassword && (
          <Alert type="info" showIcon title={t('password.firstLogin')} style={{ marginBottom: 16 }} />
        )}
        {error !== null && fieldErrorsOf(error).length === 0 && (
          <Alert type="error" showIcon title={errorText(error, lang)} style={{ marginBottom: 16 }} />
        )}
        <Form<Values> form={form} layout="vertical" size="large" onFinish={onFinish} requiredMark={false}>
          <Form.Item
            name="currentPassword"
            label={t('password.current')}
            rules={[{ required: true, message: t('password.required') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" id="currentPassword" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('password.next')}
            extra={t('password.rules')}
            rules={[{ required: true, message: t('password.required') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" id="newPassword" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('password.confirm')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('password.required') },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  value === getFieldValue('newPassword')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('password.mismatch'))),
              }),
            ]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" id="confirm" />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            block
            loading={change.isPending}
            data-testid="password-submit"
          >
            {t('password.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
