import { useState } from 'react';
import { LockOutlined, ShopOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { errorText } from '../api/app-error';
import { useTRPC } from '../api/trpc';
import { useMe } from '../hooks/use-me';
import { useLang } from '../i18n/use-lang';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { Logo } from '../layout/Logo';

interface LoginValues {
  tenantCode: string;
  login: string;
  password: string;
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const me = useMe();
  // the error object, not its text, so switching language re-renders it in the new one
  const [error, setError] = useState<unknown>(null);
  const login = useMutation(trpc.auth.login.mutationOptions());

  if (me.data) return <Navigate to="/" replace />;

  const onFinish = (values: LoginValues) => {
    setError(null);
    login.mutate(values, {
      onSuccess: (result) => {
        // nothing cached may outlive a change of user; the shell fetches `auth.me` afresh
        queryClient.clear();
        if (result.mustChangePassword) {
          void navigate('/change-password', { replace: true });
          return;
        }
        const from = (location.state as { from?: string } | null)?.from;
        void navigate(from && from !== '/login' ? from : '/', { replace: true });
      },
      onError: setError,
    });
  };

  return (
    <div className="signoff-login">
      <div className="signoff-login-top">
        <LanguageSwitch size="middle" />
      </div>
      <Card className="signoff-login-card" variant="borderless" style={{ boxShadow: '0 8px 24px rgba(0,0,0,0.08)' }}>
        <Space orientation="vertical" size={4} style={{ width: '100%', marginBottom: 24, textAlign: 'center' }}>
          <Logo size={44} />
          <Typography.Title level={3} style={{ margin: '8px 0 0' }}>
            {t('login.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('login.subtitle')}</Typography.Text>
        </Space>
        {error !== null && (
          <Alert type="error" showIcon title={errorText(error, lang)} style={{ marginBottom: 16 }} data-testid="login-error" />
        )}
        <Form<LoginValues> layout="vertical" size="large" initialValues={{ tenantCode: 'demo' }} onFinish={onFinish} requiredMark={false}>
          <Form.Item name="tenantCode" label={t('login.tenantCode')} rules={[{ required: true, whitespace: true, message: t('login.tenantRequired') }]}>
            <Input prefix={<ShopOutlined />} autoComplete="organization" id="tenantCode" />
          </Form.Item>
          <Form.Item name="login" label={t('login.login')} rules={[{ required: true, whitespace: true, message: t('login.loginRequired') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" id="login" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" id="password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
