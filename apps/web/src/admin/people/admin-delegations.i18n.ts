import { featureBundle } from '../../i18n/feature-bundle';
import { i18n } from '../../i18n/i18n';

/** The delegations page's strings (`t('adminDelegations.…')`), registered with the lazily loaded page. */
export const adminDelegationsStrings = featureBundle(
  {
    search: '搜索委托人或受托人',
    status: '状态',
    allStatuses: '全部状态',
    states: { current: '生效中', upcoming: '未开始', ended: '已结束' },
    create: '新建委托',
    empty: '没有委托',
    total: '共 {{count}} 条',
    columns: {
      from: '委托人',
      to: '受托人',
      window: '时间',
      templates: '模板',
      status: '状态',
      actions: '操作',
    },
    allTemplates: '全部模板',
    delete: '删除',
    deleteConfirm: '删除「{{from}} → {{to}}」的委托？此后新任务不再转给受托人。',
    deleted: '委托已删除',
    createTitle: '新建委托',
    fields: {
      from: '委托人（不在岗的人）',
      to: '受托人（代为审批的人）',
      window: '起止时间',
      templates: '适用模板',
      templatesHint: '不选则委托全部模板',
      required: '必填',
      same: '委托人和受托人不能是同一人',
    },
    ok: '创建',
    cancel: '取消',
    created: '委托已创建',
  },
  {
    search: 'Search who or to whom',
    status: 'Status',
    allStatuses: 'All statuses',
    states: { current: 'Current', upcoming: 'Upcoming', ended: 'Ended' },
    create: 'New delegation',
    empty: 'No delegations',
    total: '{{count}} delegations',
    columns: {
      from: 'Who',
      to: 'To whom',
      window: 'When',
      templates: 'Templates',
      status: 'Status',
      actions: 'Actions',
    },
    allTemplates: 'All templates',
    delete: 'Delete',
    deleteConfirm: 'Delete the delegation {{from}} → {{to}}? New tasks then stay with {{from}}.',
    deleted: 'Delegation deleted',
    createTitle: 'New delegation',
    fields: {
      from: 'Who is away',
      to: 'Who stands in',
      window: 'From – to',
      templates: 'Templates',
      templatesHint: 'None chosen: every template',
      required: 'Required',
      same: 'Someone cannot stand in for themself',
    },
    ok: 'Create',
    cancel: 'Cancel',
    created: 'Delegation created',
  },
);

for (const lang of ['zh', 'en'] as const)
  i18n.addResourceBundle(
    lang,
    'translation',
    { adminDelegations: adminDelegationsStrings[lang] },
    true,
    true,
  );
