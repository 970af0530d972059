import { featureBundle } from '../i18n/feature-bundle';
import { i18n } from '../i18n/i18n';

/** The people and department picker's strings (`t('directory.…')`). */
export const directoryStrings = featureBundle(
  {
    userPlaceholder: '输入姓名、拼音或首字母搜索人员',
    departmentPlaceholder: '输入名称、拼音或首字母搜索部门',
    searching: '正在搜索…',
    noMatch: '没有找到匹配的结果',
    failed: '搜索失败：{{reason}}',
    unknown: '（未知：{{id}}）',
    loading: '…',
    withDepartment: '{{name}}（{{department}}）',
  },
  {
    userPlaceholder: 'Search people by name, pinyin or initials',
    departmentPlaceholder: 'Search departments by name, pinyin or initials',
    searching: 'Searching…',
    noMatch: 'No match',
    failed: 'Search failed: {{reason}}',
    unknown: '(unknown: {{id}})',
    loading: '…',
    withDepartment: '{{name}} ({{department}})',
  },
);

// Registered by the bundle itself rather than in i18n.ts: the picker is loaded by the pages that
// use it, and its strings come with it. Deep-merged, so nothing else under `directory` is lost.
for (const lang of ['zh', 'en'] as const)
  i18n.addResourceBundle(lang, 'translation', { directory: directoryStrings[lang] }, true, true);
