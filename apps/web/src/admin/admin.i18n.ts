import { featureBundle } from '../i18n/feature-bundle';
import { i18n } from '../i18n/i18n';

/** The admin shell's strings (`t('admin.…')`), registered with the lazily loaded console. */
export const adminStrings = featureBundle(
  {
    title: '管理后台',
    backToDesk: '返回工作台',
    menu: '管理菜单',
    groups: { org: '组织', templates: '模板', operations: '运营', system: '系统' },
    noAccess: {
      title: '无权访问',
      member: '管理后台仅对企业管理员和表单设计人员开放。如需使用，请联系企业管理员为你开通角色。',
      section: '这个页面仅对企业管理员开放。',
      back: '返回工作台',
    },
    empty: '你没有可以打开的管理页面。',
    retry: '重试',
  },
  {
    title: 'Admin console',
    backToDesk: 'Back to the desk',
    menu: 'Admin menu',
    groups: { org: 'Organization', templates: 'Templates', operations: 'Operations', system: 'System' },
    noAccess: {
      title: 'No access',
      member:
        'The admin console is open to tenant admins and form designers only. Ask your tenant admin for a role if you need it.',
      section: 'This page is open to tenant admins only.',
      back: 'Back to the desk',
    },
    empty: 'There is no admin page you may open.',
    retry: 'Retry',
  },
);

for (const lang of ['zh', 'en'] as const)
  i18n.addResourceBundle(lang, 'translation', { admin: adminStrings[lang] }, true, true);
