import { useState } from 'react';
import {
  CheckCircleFilled,
  CloseCircleFilled,
  KeyOutlined,
  LockOutlined,
  MinusCircleOutlined,
  ShopOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { appErrorOf, errorText, fieldErrorsOf } from '../api/app-error';
import { useTRPC } from '../api/trpc';
import { useLang } from '../i18n/use-lang';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { Logo } from '../layout/Logo';
import { PASSWORD_RULES, passwordHints, type HintState } from './password-hints';
import './invite.css';
import './invite.i18n';

interface Values {
  tenantCode: string;
  code: string;
  login: string;
  password: string;
  confirm: string;
}

const LOGIN = /^[\w.@-]{2,64}$/;

/** ✓ met, ✗ not met once something is typed, ○ not yet or only the server can tell. */
function HintIcon({ state, typed }: { state: HintState; typed: boolean }) {
  if (state === true) return <CheckCircleFilled style={{ color: '#52c41a' }} aria-hidden />;
  if (state === false && typed) return <CloseCircleFilled style={{ color: '#ff4d4f' }} aria-hidden />;
  return <MinusCircleOutlined style={{ color: '#bfbfbf' }} aria-hidden />;
}

/**
 * /invite?tenant=<company code>&code=<one-time code>: the link an admin copies from the people page.
 * The new member picks a login and a password (the policy ticked off as they type, the server
 * deciding), and `auth.acceptInvitation` signs them in, so they land on the desk. The name, the
 * department and the rank come from the invitation.
 */
export default function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  // the error object, not its text, so switching language re-renders it in the new one
  const [error, setError] = useState<unknown>(null);
  const accept = useMutation(trpc.auth.acceptInvitation.mutationOptions());
  const password = Form.useWatch('password', form) ?? '';
  const login = Form.useWatch('login', form) ?? '';
  const tenantCode = Form.useWatch('tenantCode', form) ?? '';
  const hints = passwordHints(password, login, tenantCode);
  const w = (k: string) => t(`invite.${k}`);

  const onFinish = ({ tenantCode, code, login: chosen, password: secret }: Values) => {
    setError(null);
    accept.mutate(
      { tenantCode: tenantCode.trim(), code: code.trim(), login: chosen.trim(), password: secret },
      {
        onSuccess: () => {
          // nothing cached may outlive a change of user; the shell fetches `auth.me` afresh
          queryClient.clear();
          void navigate('/', { replace: true });
        },
        onError: (e) => {
          setError(e);
          form.setFields(
            fieldErrorsOf(e)
              // the password's reasons go in the message by the button: the rule list sits under that field
              .filter((f) => f.path === 'login')
              .map((f) => ({ name: f.path as keyof Values, errors: [f.message[lang]] })),
          );
        },
      },
    );
  };

  const app = appErrorOf(error);
  const message =
    app?.messageKey === 'errors.badInvitation'
      ? w('badCode')
      : app?.messageKey === 'errors.weakPassword'
        ? w('weakPassword')
        : error !== null
          ? errorText(error, lang)
          : null;

  return (
    <div className="signoff-login signoff-invite">
      <div className="signoff-login-top">
        <LanguageSwitch size="middle" />
      </div>
      <Card
        className="signoff-login-card signoff-invite-card"
        variant="borderless"
        style={{ boxShadow: '0 8px 24px rgba(0,0,0,0.08)' }}
        data-testid="invite-page"
      >
        <Space
          orientation="vertical"
          size={4}
          style={{ width: '100%', marginBottom: 20, textAlign: 'center' }}
        >
          <Logo size={44} />
          <Typography.Title level={3} style={{ margin: '8px 0 0' }}>
            {w('title')}
          </Typography.Title>
          <Typography.Text type="secondary">{w('subtitle')}</Typography.Text>
        </Space>
        <Form<Values>
          form={form}
          layout="vertical"
          size="large"
          requiredMark={false}
          onFinish={onFinish}
          initialValues={{ tenantCode: params.get('tenant') ?? '', code: params.get('code') ?? '' }}
        >
          <Form.Item
            name="tenantCode"
            htmlFor="invite-tenant"
            label={w('tenantCode')}
            rules={[{ required: true, whitespace: true, message: w('tenantRequired') }]}
          >
            <Input prefix={<ShopOutlined />} autoComplete="organization" id="invite-tenant" />
          </Form.Item>
          <Form.Item
            name="code"
            htmlFor="invite-code"
            label={w('code')}
            rules={[{ required: true, whitespace: true, message: w('codeRequired') }]}
          >
            <Input
              prefix={<KeyOutlined />}
              autoComplete="one-time-code"
              spellCheck={false}
              id="invite-code"
            />
          </Form.Item>
          <Form.Item
            name="login"
            htmlFor="invite-login"
            label={w('login')}
            extra={w('loginHint')}
            rules={[
              { required: true, whitespace: true, message: w('loginRequired') },
              { pattern: LOGIN, message: w('loginFormat') },
            ]}
          >
            <Input
              prefix={<UserOutlined />}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              id="invite-login"
            />
          </Form.Item>
          <Form.Item
            name="password"
            htmlFor="invite-password"
            label={w('password')}
            rules={[{ required: true, message: w('passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" id="invite-password" />
          </Form.Item>
          <div className="signoff-invite-rules" aria-live="polite" data-testid="password-rules">
            <Typography.Text type="secondary">{w('rulesTitle')}</Typography.Text>
            <ul>
              {PASSWORD_RULES.map((rule) => (
                <li
                  key={rule}
                  data-testid={`rule-${rule}`}
                  data-ok={hints[rule] === null ? 'server' : hints[rule] ? 'yes' : 'no'}
                  data-typed={password === '' ? 'no' : 'yes'}
                >
                  <HintIcon state={hints[rule]} typed={password !== ''} />
                  <span>{w(`rules.${rule}`)}</span>
                </li>
              ))}
            </ul>
          </div>
          <Form.Item
            name="confirm"
            htmlFor="invite-confirm"
            label={w('confirm')}
            dependencies={['password']}
            rules={[
              { required: true, message: w('passwordRequired') },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  value === getFieldValue('password')
                    ? Promise.resolve()
                    : Promise.reject(new Error(w('mismatch'))),
              }),
            ]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" id="invite-confirm" />
          </Form.Item>
          {/* beside the button: on a phone the top of the form is scrolled away when it is tapped */}
          {message !== null && (
            <Alert
              type="error"
              showIcon
              title={message}
              description={
                app?.messageKey === 'errors.weakPassword'
                  ? fieldErrorsOf(error)
                      .map((f) => f.message[lang])
                      .join(lang === 'zh' ? '；' : '; ')
                  : undefined
              }
              style={{ marginBottom: 16 }}
              data-testid="invite-error"
            />
          )}
          <Button
            type="primary"
            htmlType="submit"
            block
            loading={accept.isPending}
            data-testid="invite-submit"
          >
            {w('submit')}
          </Button>
        </Form>
        <div style={{ textAlign: 'center', marginTop: 16 }}>
          <Link to="/login">{w('toLogin')}</Link>
        </div>
      </Card>
    </div>
  );
}
