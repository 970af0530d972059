import { DownloadOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Table, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { formatDateTime } from '../../desk/locale-format';
import { useDirectoryNames } from '../../directory/use-directory';
import { useLang } from '../../i18n/use-lang';
import { LoadFailed } from '../LoadFailed';
import { AuditDetailDrawer } from './AuditDetailDrawer';
import { AuditFilterBar } from './AuditFilterBar';
import { AUDIT_PAGE_SIZE, auditInput, type AuditFilters, type AuditRow } from './audit-query';
import { useAuditExport } from './use-audit-export';
import { VerifyChainButton } from './VerifyChain';
import './admin-audit.i18n';
import './admin-audit.css';

/** `/admin/audit`: the tenant's hash-chained audit log, newest first, with filters, detail, verification and export. */
export default function AuditPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<AuditRow | null>(null);
  const [verdict, setVerdict] = useState<ReactNode>(null);
  const list = useQuery({
    ...trpc.audit.list.queryOptions(auditInput(filters, page)),
    placeholderData: keepPreviousData,
  });
  const rows = useMemo(() => list.data ?? [], [list.data]);
  const actorIds = useMemo(() => rows.flatMap((r) => (r.actorId ? [r.actorId] : [])), [rows]);
  const names = useDirectoryNames('user', actorIds);
  const nameOf = (id: string | null) => (id ? (names.data?.get(id)?.name ?? id) : t('adminAudit.system'));
  const exporter = useAuditExport(filters);
  // a full page means there may be another; the API gives no total, so paging is previous / next
  const hasNext = rows.length === AUDIT_PAGE_SIZE;

  const changeFilters = (next: AuditFilters) => {
    setFilters(next);
    setPage(1);
  };

  return (
    <Flex vertical gap={12} className="admin-audit-page" data-testid="admin-audit">
      <Flex justify="space-between" wrap gap={8}>
        <AuditFilterBar value={filters} onChange={changeFilters} />
        <Flex gap={8}>
          <VerifyChainButton onResult={setVerdict} />
          <Button
            icon={<DownloadOutlined />}
            loading={exporter.busy}
            onClick={() => void exporter.run()}
            data-testid="audit-export"
          >
            {t('adminAudit.export.run')}
          </Button>
        </Flex>
      </Flex>
      {verdict}
      {list.isError ? (
        <LoadFailed
          title={t('adminAudit.loadFailed', { error: errorText(list.error, lang) })}
          onRetry={() => void list.refetch()}
        />
      ) : (
        <Table<AuditRow>
          rowKey="seq"
          size="middle"
          loading={list.isFetching}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 760 }}
          locale={{ emptyText: <Empty description={t('adminAudit.empty')} /> }}
          onRow={(r) => ({ onClick: () => setOpen(r), className: 'admin-audit-row', 'data-seq': r.seq })}
          columns={[
            // the chain position, which the verdict names; an entry not sealed yet has none
            {
              key: 'seq',
              title: t('adminAudit.col.seq'),
              width: 80,
              render: (_, r) => r.chainPos ?? '—',
            },
            {
              key: 'at',
              title: t('adminAudit.col.at'),
              width: 170,
              render: (_, r) => formatDateTime(r.at, lang),
            },
            {
              key: 'actor',
              title: t('adminAudit.col.actor'),
              width: 140,
              render: (_, r) => nameOf(r.actorId),
            },
            {
              key: 'action',
              title: t('adminAudit.col.action'),
              width: 220,
              render: (_, r) => <Typography.Text code>{r.action}</Typography.Text>,
            },
            {
              key: 'subject',
              title: t('adminAudit.col.subject'),
              ellipsis: true,
              render: (_, r) => (
                <Button type="link" size="small" className="admin-audit-open" onClick={() => setOpen(r)}>
                  {r.subject || `#${r.seq}`}
                </Button>
              ),
            },
          ]}
        />
      )}
      <Flex justify="flex-end" align="center" gap={8} data-testid="audit-paging">
        <Button
          icon={<LeftOutlined />}
          aria-label={t('adminAudit.prev')}
          disabled={page === 1}
          onClick={() => setPage(page - 1)}
        />
        <Typography.Text>{t('adminAudit.pageHint', { page })}</Typography.Text>
        <Button
          icon={<RightOutlined />}
          aria-label={t('adminAudit.next')}
          disabled={!hasNext}
          onClick={() => setPage(page + 1)}
        />
      </Flex>
      <AuditDetailDrawer
        row={open}
        actorName={open ? nameOf(open.actorId) : ''}
        onClose={() => setOpen(null)}
      />
    </Flex>
  );
}
