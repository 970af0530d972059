import { Table, type TableProps } from 'antd';

/** The people and delegation lists' table: rows by id, 20 a page with the count, and the empty text. */
export function PagedTable<T extends { id: string }>({
  emptyText,
  totalText,
  ...rest
}: TableProps<T> & { emptyText: string; totalText: (count: number) => string }) {
  return (
    <Table<T>
      rowKey="id"
      size="middle"
      locale={{ emptyText }}
      pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: totalText }}
      {...rest}
    />
  );
}
