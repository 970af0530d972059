import { featureBundle } from '../../i18n/feature-bundle';
import { i18n } from '../../i18n/i18n';

/** The org import/export page's strings (`t('adminOrgImport.…')`), registered with the lazily loaded page. */
export const adminOrgImportStrings = featureBundle(
  {
    intro:
      '用 Excel 批量维护部门、岗位和人员：先导出或下载模板，编辑后上传。上传后先检查（不写入），确认后才导入。',
    export: '导出组织（.xlsx）',
    template: '下载空白模板',
    downloadFailed: '下载失败：{{error}}',
    upload: '选择文件',
    dragHint: '点击或拖入 .xlsx / .csv 文件（最大 10 MB）',
    csvSheet: 'CSV 内容',
    csvAuto: '按表头判断',
    sheets: { departments: '部门', positions: '岗位', users: '人员' },
    wrongType:
      '「{{name}}」不是 Excel（.xlsx）或 CSV 文件。旧版 .xls 请先在 Excel 中另存为 .xlsx。未导入任何数据。',
    empty: '「{{name}}」是空文件。未导入任何数据。',
    checking: '正在检查「{{name}}」…',
    refused: '检查未通过',
    problems: '共 {{count}} 处问题，按工作表和行列出。改正文件后重新上传：',
    columns: { sheet: '工作表', line: '行', problem: '问题' },
    wholeSheet: '—',
    preview: '检查通过：「{{name}}」将做如下修改',
    nothing: '文件与当前组织一致，导入不会修改任何数据。',
    kinds: { departments: '部门', positions: '岗位', users: '人员', ranks: '职级' },
    created: '新建 {{count}}',
    updated: '修改 {{count}}',
    deactivated: '停用（离职）{{count}}',
    confirm: '确认导入',
    another: '换一个文件',
    importing: '正在导入…',
    imported: '导入完成',
    importedDetail: '已按「{{name}}」更新组织。新人员没有密码，需由管理员重置密码后登录。',
  },
  {
    intro:
      'Maintain departments, positions and people in Excel: export or download the template, edit, upload. An upload is checked first (nothing written); it is imported only once you confirm.',
    export: 'Export the org (.xlsx)',
    template: 'Download an empty template',
    downloadFailed: 'The download failed: {{error}}',
    upload: 'Choose a file',
    dragHint: 'Click or drop an .xlsx / .csv file (at most 10 MB)',
    csvSheet: 'The CSV holds',
    csvAuto: 'Tell from the headers',
    sheets: { departments: 'Departments', positions: 'Positions', users: 'Users' },
    wrongType:
      '{{name}} is not an Excel (.xlsx) or CSV file. Save an old .xls as .xlsx in Excel first. Nothing was imported.',
    empty: '{{name}} is empty. Nothing was imported.',
    checking: 'Checking {{name}}…',
    refused: 'The check failed',
    problems: '{{count}} problem(s), by sheet and line. Fix the file and upload it again:',
    columns: { sheet: 'Sheet', line: 'Line', problem: 'Problem' },
    wholeSheet: '—',
    preview: 'Check passed: {{name}} will make these changes',
    nothing: 'The file matches the org; importing it changes nothing.',
    kinds: { departments: 'Departments', positions: 'Positions', users: 'Users', ranks: 'Ranks' },
    created: '{{count}} new',
    updated: '{{count}} changed',
    deactivated: '{{count}} deactivated (left)',
    confirm: 'Import',
    another: 'Choose another file',
    importing: 'Importing…',
    imported: 'Imported',
    importedDetail:
      'The org now follows {{name}}. New people have no password; an admin resets it before they log in.',
  },
);

for (const lang of ['zh', 'en'] as const)
  i18n.addResourceBundle(lang, 'translation', { adminOrgImport: adminOrgImportStrings[lang] }, true, true);
