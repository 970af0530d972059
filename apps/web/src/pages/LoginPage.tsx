import { useState, type FormEvent } from 'react';
import { LockOutlined, ShopOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { errorText } from '../api/app-error';
import { useTRPC } from '../api/trpc';
import { useMe } from '../hooks/use-me';
import { useLang } from '../i18n/use-lang';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { Logo } from '../layout/Logo';
import { LoginAlert } from '../login/LoginAlert';
import { LoginField } from '../login/LoginField';
import {
  checkField,
  checkLogin,
  LOGIN_FIELDS,
  type LoginErrors,
  type LoginFieldName,
  type LoginValues,
} from '../login/login-form';
import { SubmitButton } from '../login/SubmitButton';
import '../login/login.css';

/**
 * The first page most people see, so the smallest: our own fields and button in antd's look
 * (`src/login/`), none of antd's Form, Input, Card or Typography, which were ≈115 kB gzip to
 * download before the page could be used on a phone.
 */
export default function LoginPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const me = useMe();
  const [values, setValues] = useState<LoginValues>({ tenantCode: 'demo', login: '', password: '' });
  // i18n keys, not texts, so switching language redraws the messages in the new one
  const [errors, setErrors] = useState<LoginErrors>({});
  // the error object, not its text, for the same reason
  const [error, setError] = useState<unknown>(null);
  const login = useMutation(trpc.auth.login.mutationOptions());

  if (me.data) return <Navigate to="/" replace />;

  // like antd's Form: a field is checked again on every change once it has been typed in
  const change = (name: LoginFieldName) => (value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => ({ ...e, [name]: checkField(name, value) }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (login.isPending) return;
    const found = checkLogin(values);
    setErrors(found);
    const first = LOGIN_FIELDS.find((name) => found[name]);
    if (first) {
      document.getElementById(first)?.focus();
      return;
    }
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

  const message = (name: LoginFieldName) => {
    const key = errors[name];
    return key ? t(key) : undefined;
  };

  return (
    <main className="signoff-login signoff-login-page">
      <div className="signoff-login-top">
        <LanguageSwitch size="middle" />
      </div>
      <div className="signoff-login-card signoff-login-panel">
        <div className="signoff-login-head">
          <Logo size={44} />
          <h1 className="signoff-login-title">{t('login.title')}</h1>
          <p className="signoff-login-subtitle">{t('login.subtitle')}</p>
        </div>
        {error !== null && <LoginAlert text={errorText(error, lang)} />}
        <form noValidate onSubmit={onSubmit}>
          <LoginField
            id="tenantCode"
            label={t('login.tenantCode')}
            icon={<ShopOutlined />}
            value={values.tenantCode}
            onChange={change('tenantCode')}
            error={message('tenantCode')}
            autoComplete="organization"
            lang={lang}
          />
          <LoginField
            id="login"
            label={t('login.login')}
            icon={<UserOutlined />}
            value={values.login}
            onChange={change('login')}
            error={message('login')}
            autoComplete="username"
            lang={lang}
            autoFocus
          />
          <LoginField
            id="password"
            label={t('login.password')}
            icon={<LockOutlined />}
            value={values.password}
            onChange={change('password')}
            error={message('password')}
            autoComplete="current-password"
            lang={lang}
            secret
          />
          <SubmitButton busy={login.isPending} data-testid="login-submit">
            {t('login.submit')}
          </SubmitButton>
        </form>
      </div>
    </main>
  );
}
