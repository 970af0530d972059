import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { deskTestApi } from '../desk/test/desk-test-api';
import { apiError } from '../form-renderer/test/fake-api';
import { setLang } from '../i18n/i18n';
import LoginPage from './LoginPage';

function renderLogin(login: (input: unknown) => unknown = () => ({ mustChangePassword: false })) {
  const api = deskTestApi({ 'auth.me': () => null, 'auth.login': login });
  render(api.wrap(<LoginPage />, '/login'));
  const field = (id: string) => document.getElementById(id) as HTMLInputElement;
  const type = (id: string, value: string) => fireEvent.change(field(id), { target: { value } });
  return { api, field, type };
}

const logins = (api: ReturnType<typeof deskTestApi>) => api.calls.filter((c) => c.path === 'auth.login');

describe('LoginPage', () => {
  it('labels every input and tells the browser what to fill in', () => {
    const { field } = renderLogin();
    expect(screen.getByLabelText('企业代码')).toBe(field('tenantCode'));
    expect(screen.getByLabelText('账号')).toBe(field('login'));
    expect(screen.getByLabelText('密码')).toBe(field('password'));
    expect(field('tenantCode').value).toBe('demo');
    expect(field('login').autocomplete).toBe('username');
    expect(field('password').autocomplete).toBe('current-password');
    expect(field('password').type).toBe('password');
    expect(document.activeElement).toBe(field('login'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('登录 Signoff');
  });

  it('sends nothing while a field is empty, says which in the current language and puts the cursor there', async () => {
    const { api, field, type } = renderLogin();
    type('tenantCode', '  ');
    fireEvent.submit(field('login').form!);
    expect(screen.getByText('请输入企业代码')).toBeTruthy();
    expect(screen.getByText('请输入账号')).toBeTruthy();
    expect(screen.getByText('请输入密码')).toBeTruthy();
    expect(field('tenantCode').getAttribute('aria-invalid')).toBe('true');
    expect(field('tenantCode').getAttribute('aria-describedby')).toBe('tenantCode-message');
    expect(document.activeElement).toBe(field('tenantCode'));
    act(() => setLang('en'));
    expect(await screen.findByText('Enter your login')).toBeTruthy();
    // typing a value takes its message away at once
    type('login', 'zhang.san');
    expect(screen.queryByText('Enter your login')).toBeNull();
    expect(field('login').getAttribute('aria-invalid')).toBeNull();
    expect(logins(api)).toEqual([]);
  });

  it('logs in with what was typed when the form is submitted (a submit button in one form: Enter in any field submits it) and goes to the start page', async () => {
    const { api, field, type } = renderLogin();
    expect(screen.getByTestId('login-submit').closest('form')).toBe(field('password').form);
    type('login', 'zhang.san');
    type('password', ' secret ');
    fireEvent.submit(field('password').form!);
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/'));
    expect(logins(api).map((c) => c.input)).toEqual([
      { tenantCode: 'demo', login: 'zhang.san', password: ' secret ' },
    ]);
  });

  it('goes to the change-password page when the server asks for a new password', async () => {
    const { type } = renderLogin(() => ({ mustChangePassword: true }));
    type('login', 'zhao.liu');
    type('password', 'temporary1');
    fireEvent.click(screen.getByTestId('login-submit'));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/change-password'));
  });

  it('shows a refused login in the current language, and again in the other after a switch', async () => {
    const { field, type } = renderLogin(() => {
      throw apiError('invalid_credentials', 401, {
        zh: '企业代码、账号或密码不正确',
        en: 'Wrong company code, login or password',
      });
    });
    type('login', 'zhang.san');
    type('password', 'wrong');
    fireEvent.submit(field('login').form!);
    const alert = await screen.findByTestId('login-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe('企业代码、账号或密码不正确');
    act(() => setLang('en'));
    await waitFor(() =>
      expect(screen.getByTestId('login-error').textContent).toBe('Wrong company code, login or password'),
    );
    expect(screen.getByTestId('location').textContent).toBe('/login');
  });

  it('shows and hides the password with a button a keyboard reaches', () => {
    const { field } = renderLogin();
    const show = screen.getByRole('button', { name: '显示密码' });
    expect(show.getAttribute('type')).toBe('button');
    fireEvent.click(show);
    expect(field('password').type).toBe('text');
    fireEvent.click(screen.getByRole('button', { name: '隐藏密码' }));
    expect(field('password').type).toBe('password');
  });
});
