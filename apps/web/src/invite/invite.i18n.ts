import { featureBundle } from '../i18n/feature-bundle';
import { i18n } from '../i18n/i18n';

/** The accept-invitation page (`t('invite.…')`), added when its chunk loads. */
export const inviteStrings = featureBundle(
  {
    title: '加入企业',
    subtitle: '设置你的账号和密码，完成后直接进入工作台',
    tenantCode: '企业代码',
    tenantRequired: '请输入企业代码',
    code: '邀请码',
    codeRequired: '请输入管理员给你的邀请码',
    login: '账号',
    loginHint: '登录时使用，可用字母、数字和 . _ - @',
    loginRequired: '请输入账号',
    loginFormat: '账号为 2–64 位字母、数字或 . _ - @',
    password: '新密码',
    passwordRequired: '请输入新密码',
    confirm: '确认新密码',
    mismatch: '两次输入的密码不一致',
    rulesTitle: '密码要求（提交时由服务器最终检查）',
    rules: {
      length: '8–128 位',
      kinds: '字母、数字、符号中至少两类',
      noRun: '不含 AAAAAA、ABCDEF、123456 这类重复或连续字符',
      noLogin: '不包含账号',
      noName: '不包含公司名称、企业代码或 Signoff',
      notCommon: '不是常见密码（提交时核对）',
    },
    weakPassword: '密码不符合要求，请按提示修改',
    badCode: '邀请码无效、已使用或已过期，或企业代码不对。请核对企业代码和邀请码，或请管理员重新邀请。',
    submit: '设置密码并进入',
    toLogin: '已有账号？去登录',
  },
  {
    title: 'Join your company',
    subtitle: 'Choose your login and password; you go straight to your desk',
    tenantCode: 'Company code',
    tenantRequired: 'Enter the company code',
    code: 'Invitation code',
    codeRequired: 'Enter the code your admin gave you',
    login: 'Login',
    loginHint: 'What you sign in with: letters, digits and . _ - @',
    loginRequired: 'Enter a login',
    loginFormat: 'A login has 2–64 letters, digits or . _ - @',
    password: 'New password',
    passwordRequired: 'Enter a new password',
    confirm: 'Confirm the new password',
    mismatch: 'The two passwords differ',
    rulesTitle: 'Password rules (the server checks them when you submit)',
    rules: {
      length: '8–128 characters',
      kinds: 'At least two of letters, digits and symbols',
      noRun: 'No repeats or runs such as AAAAAA, ABCDEF, 123456',
      noLogin: 'Does not contain the login',
      noName: 'Does not contain the company’s name or code, or Signoff',
      notCommon: 'Not a well-known password (checked when you submit)',
    },
    weakPassword: 'The password does not meet the rules; see the hints',
    badCode:
      'The invitation code is invalid, used or expired, or the company code is wrong. Check both codes, or ask your admin for a new invitation.',
    submit: 'Set the password and continue',
    toLogin: 'Have an account? Sign in',
  },
);

for (const lang of ['zh', 'en'] as const)
  i18n.addResourceBundle(lang, 'translation', { invite: inviteStrings[lang] }, true, true);
