import type { Messages } from './zh';

export const en: Messages = {
  app: { name: 'Signoff', slogan: 'Approvals, from form to finish' },
  header: { loading: 'Loading' },
  login: {
    title: 'Log in to Signoff',
    subtitle: 'Company approvals, anywhere',
    tenantCode: 'Company code',
    login: 'Login',
    password: 'Password',
    submit: 'Log in',
    tenantRequired: 'Enter the company code',
    loginRequired: 'Enter your login',
    passwordRequired: 'Enter your password',
  },
  password: {
    title: 'Change password',
    firstLogin: 'This is a first login or an admin reset: set a new password to go on.',
    current: 'Current password',
    next: 'New password',
    confirm: 'Repeat the new password',
    rules: 'At least 8 characters of two kinds (letters, digits, symbols); not 123456, ABCDEF, AAAAAA or the like, and not containing your login.',
    mismatch: 'The two new passwords differ',
    submit: 'Save the new password',
    done: 'Password changed; other devices were logged out',
    required: 'Enter a password',
  },
  errors: {
    network: 'Network problem; please try again',
    unknown: 'Something went wrong; please try again',
  },
};
