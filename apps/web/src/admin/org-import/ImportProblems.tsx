import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import type { ImportProblemRow } from './org-file-transfer';

const SHEETS = new Set(['departments', 'positions', 'users']);

/** Every problem of a refused import, by sheet and line, in the order the server found them. */
export function ImportProblems({ problems }: { problems: ImportProblemRow[] }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  return (
    <Table<ImportProblemRow & { key: number }>
      size="small"
      data-testid="import-problems"
      dataSource={problems.map((p, key) => ({ ...p, key }))}
      pagination={problems.length > 50 ? { pageSize: 50 } : false}
      columns={[
        {
          title: t('adminOrgImport.columns.sheet'),
          key: 'sheet',
          width: 100,
          render: (_, p) => (SHEETS.has(p.sheet) ? t(`adminOrgImport.sheets.${p.sheet}`) : p.sheet),
        },
        {
          title: t('adminOrgImport.columns.line'),
          key: 'line',
          width: 70,
          render: (_, p) => (p.line > 0 ? p.line : t('adminOrgImport.wholeSheet')),
        },
        { title: t('adminOrgImport.columns.problem'), key: 'problem', render: (_, p) => pick(p.message) },
      ]}
    />
  );
}
