import { featureBundle } from '../../i18n/feature-bundle';
import { i18n } from '../../i18n/i18n';

/** The audit log viewer's strings (`t('adminAudit.…')`), registered with the lazily loaded page. */
export const adminAuditStrings = featureBundle(
  {
    filter: {
      person: '操作人',
      personPlaceholder: '全部人员',
      action: '操作',
      actionPlaceholder: '操作名或前缀，如 auth.',
      dates: '日期',
      from: '开始日期',
      to: '结束日期',
      reset: '清除筛选',
    },
    col: {
      seq: '序号',
      at: '时间',
      actor: '操作人',
      action: '操作',
      subject: '对象',
    },
    system: '系统',
    unsealed: '尚未封存：数秒内会链入哈希链',
    empty: '没有符合条件的审计记录',
    loadFailed: '无法读取审计日志：{{error}}',
    pageHint: '第 {{page}} 页',
    prev: '上一页',
    next: '下一页',
    detail: {
      title: '审计记录 #{{seq}}',
      data: '数据',
      hash: '哈希',
      copy: '复制',
    },
    verify: {
      run: '校验哈希链',
      intact: '哈希链完整：{{count}} 条记录均未被改动',
      unsealed: '；另有 {{count}} 条新记录尚未封存，未在校验范围内',
      broken: '哈希链断裂：从第 {{seq}} 条记录起不可信（{{why}}）',
      why: {
        gap: '记录缺失',
        link: '与上一条的链接不符',
        hash: '内容被改动',
      },
      failed: '校验失败：{{error}}',
    },
    export: {
      run: '导出 CSV',
      done: '已导出 {{count}} 条记录',
      capped: '已导出前 {{count}} 条记录；请缩小筛选范围以导出其余记录',
      failed: '导出失败：{{error}}',
    },
  },
  {
    filter: {
      person: 'Person',
      personPlaceholder: 'Everyone',
      action: 'Action',
      actionPlaceholder: 'An action or its prefix, e.g. auth.',
      dates: 'Dates',
      from: 'From',
      to: 'To',
      reset: 'Clear filters',
    },
    col: {
      seq: 'No.',
      at: 'Time',
      actor: 'Person',
      action: 'Action',
      subject: 'Subject',
    },
    system: 'System',
    unsealed: 'Not sealed yet: it joins the hash chain within seconds',
    empty: 'No audit entries match',
    loadFailed: 'Could not load the audit log: {{error}}',
    pageHint: 'Page {{page}}',
    prev: 'Previous page',
    next: 'Next page',
    detail: {
      title: 'Audit entry #{{seq}}',
      data: 'Data',
      hash: 'Hash',
      copy: 'Copy',
    },
    verify: {
      run: 'Verify the chain',
      intact: 'The chain is intact: none of the {{count}} entries was altered',
      unsealed: '; {{count}} newer entries are not sealed yet and were not checked',
      broken: 'The chain is broken: entries from no. {{seq}} on cannot be trusted ({{why}})',
      why: {
        gap: 'an entry is missing',
        link: 'the link to the previous entry does not match',
        hash: 'the content was altered',
      },
      failed: 'Could not verify: {{error}}',
    },
    export: {
      run: 'Export CSV',
      done: 'Exported {{count}} entries',
      capped: 'Exported the first {{count}} entries; narrow the filters to export the rest',
      failed: 'Could not export: {{error}}',
    },
  },
);

for (const lang of ['zh', 'en'] as const)
  i18n.addResourceBundle(lang, 'translation', { adminAudit: adminAuditStrings[lang] }, true, true);
