import type { ReactNode } from 'react';
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { downloadCsv } from './table-csv';

/** One column, shown in the table and written to the exported file from the same definition. */
export interface StatsColumn<T> {
  key: string;
  title: string;
  value: (row: T) => string | number;
  /** what the cell shows when it is more than the plain value (a tag, a colour) */
  render?: (row: T) => ReactNode;
  numeric?: boolean;
}

interface Props<T> {
  title: string;
  testId: string;
  fileName: string;
  rows: T[];
  rowKey: (row: T) => string;
  columns: StatsColumn<T>[];
}

/** An aggregate table of the statistics pages with its own export, paged past ten rows. */
export function StatsTable<T extends object>({ title, testId, fileName, rows, rowKey, columns }: Props<T>) {
  const { t } = useTranslation();
  const antColumns: TableColumnsType<T> = columns.map((c) => ({
    key: c.key,
    title: c.title,
    align: c.numeric ? 'right' : 'left',
    render: (_: unknown, row: T) => (c.render ? c.render(row) : c.value(row)),
  }));
  const exportRows = () =>
    downloadCsv(`${fileName}.csv`, [
      columns.map((c) => c.title),
      ...rows.map((r) => columns.map((c) => c.value(r))),
    ]);
  return (
    <Card
      size="small"
      title={title}
      className="admin-stats-card"
      extra={
        <Button
          size="small"
          icon={<DownloadOutlined />}
          onClick={exportRows}
          disabled={rows.length === 0}
          data-testid={`${testId}-export`}
        >
          {t('adminStats.exportTable')}
        </Button>
      }
    >
      <Table<T>
        data-testid={testId}
        size="small"
        rowKey={rowKey}
        columns={antColumns}
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('adminStats.empty')} />,
        }}
      />
    </Card>
  );
}
