import { featureBundle } from '../../i18n/feature-bundle';
import { i18n } from '../../i18n/i18n';

/** The admin's supervision overview (`t('adminSupervision.…')`), added when its chunk loads. */
export const adminSupervisionStrings = featureBundle(
  {
    search: '搜索表单或督办人',
    filter: {
      all: '全部表单',
      overdue: '有超时',
      unsupervised: '未设督办人',
    },
    col: {
      template: '表单',
      supervisors: '督办人',
      open: '在办任务',
      overdue: '已超时',
    },
    none: '未设督办人',
    left: '已离职',
    archived: '已停用',
    openDesk: '去督办',
    empty: '还没有发布的表单',
    noMatch: '没有符合条件的表单',
    error: '督办总览加载失败：{{error}}',
    summary: '{{templates}} 个表单，{{open}} 个在办任务，其中 {{overdue}} 个已超时',
  },
  {
    search: 'Search forms or supervisors',
    filter: {
      all: 'All forms',
      overdue: 'With overdue work',
      unsupervised: 'No supervisor',
    },
    col: {
      template: 'Form',
      supervisors: 'Supervisors',
      open: 'Open tasks',
      overdue: 'Overdue',
    },
    none: 'No supervisor',
    left: 'Left',
    archived: 'Archived',
    openDesk: 'Supervise',
    empty: 'No form has been published yet',
    noMatch: 'No form matches',
    error: 'Could not load the supervision overview: {{error}}',
    summary: '{{templates}} forms, {{open}} open tasks, {{overdue}} of them overdue',
  },
);

for (const lang of ['zh', 'en'] as const)
  i18n.addResourceBundle(
    lang,
    'translation',
    { adminSupervision: adminSupervisionStrings[lang] },
    true,
    true,
  );
