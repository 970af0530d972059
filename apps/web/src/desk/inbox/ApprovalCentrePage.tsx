import { useCallback, useEffect, useMemo, useState } from 'react';
import { CheckOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { useIsPhone } from '../../hooks/use-is-phone';
import { useLang } from '../../i18n/use-lang';
import { BatchApproveDialog } from '../batch/BatchApproveDialog';
import { useDocumentTitle } from '../use-document-title';
import { BoxTabs } from './BoxTabs';
import { InboxCards } from './InboxCards';
import { InboxFilters } from './InboxFilters';
import { activeFilterCount, readView, writeView, type InboxView } from './inbox-params';
import { batchable, type InboxRow } from './inbox-row';
import { InboxTable } from './InboxTable';
import { PullToRefresh } from './PullToRefresh';
import { PAGE_SIZE, useInboxPages, useRefreshInbox } from './use-inbox-pages';
import '../desk.css';
import { toast } from '../../layout/toast';

/** 审批中心: the four boxes with counts, search, filters, paging, urgent first, and batch approval of the to-do box. */
export default function ApprovalCentrePage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const phone = useIsPhone();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readView(params), [params]);
  const boxTitle = t(`desk.box.${view.box}`);
  useDocumentTitle(`${boxTitle} · ${t('desk.box.centre')}`);

  const update = useCallback(
    (patch: Partial<InboxView>) => {
      // any change but paging starts again at the first page
      const next = { ...view, ...patch, page: patch.page ?? 1 };
      setParams(writeView(next), { replace: true });
    },
    [view, setParams],
  );

  // phones grow one list with "load more"; desktop pages through the table
  const [phonePages, setPhonePages] = useState(1);
  const filterKey = JSON.stringify({ ...view, page: 0 });
  useEffect(() => setPhonePages(1), [filterKey]);
  const list = useInboxPages(view, phone ? 1 : view.page, phone ? phonePages : view.page);
  const counts = useQuery({ ...trpc.inbox.counts.queryOptions(), refetchInterval: 60_000 });
  const refresh = useRefreshInbox();

  // batch selection lives on the to-do box only; rows are kept so the result can name them
  const [selected, setSelected] = useState<Map<string, InboxRow>>(new Map());
  const [selecting, setSelecting] = useState(false);
  const [dialog, setDialog] = useState(false);
  useEffect(() => {
    setSelected(new Map());
    setSelecting(false);
  }, [view.box]);
  const toggle = (r: InboxRow) =>
    setSelected((prev) => {
      const next = new Map(prev);
      if (next.has(r.key)) next.delete(r.key);
      else next.set(r.key, r);
      return next;
    });
  const selectable = list.rows.filter(batchable);
  const allSelected = selectable.length > 0 && selectable.every((r) => selected.has(r.key));
  const batchItems = [...selected.values()].flatMap((r) =>
    r.taskId
      ? [{ taskId: r.taskId, title: r.title, applicantName: r.applicantName, serialNo: r.serialNo }]
      : [],
  );
  const filtered = view.q !== '' || activeFilterCount(view) > 0;

  const doRefresh = async () => {
    await refresh();
    toast('success', t('desk.list.refreshed'), { duration: 1 });
  };

  const batchBar =
    view.box === 'todo' &&
    (phone ? (
      selecting && (
        <div className="desk-batch-bar" data-testid="batch-bar">
          <Checkbox
            checked={allSelected}
            indeterminate={!allSelected && selected.size > 0}
            onChange={(e) =>
              setSelected(e.target.checked ? new Map(selectable.map((r) => [r.key, r])) : new Map())
            }
            className="desk-touch-check"
          >
            {t('desk.batch.selectAll')}
          </Checkbox>
          <Button
            size="large"
            onClick={() => {
              setSelecting(false);
              setSelected(new Map());
            }}
          >
            {t('desk.batch.cancelSelect')}
          </Button>
          <Button
            size="large"
            type="primary"
            icon={<CheckOutlined />}
            disabled={selected.size === 0}
            onClick={() => setDialog(true)}
            data-testid="batch-approve"
          >
            {t('desk.batch.approveCount', { count: selected.size })}
          </Button>
        </div>
      )
    ) : (
      <Space className="desk-batch-toolbar">
        <Typography.Text type="secondary">
          {t('desk.batch.selected', { count: selected.size })}
        </Typography.Text>
        <Button
          type="primary"
          icon={<CheckOutlined />}
          disabled={selected.size === 0}
          onClick={() => setDialog(true)}
          data-testid="batch-approve"
        >
          {t('desk.batch.approve')}
        </Button>
      </Space>
    ));

  return (
    <div className={phone && selecting ? 'desk-page desk-page-selecting' : 'desk-page'}>
      <div className="desk-page-head">
        <Typography.Title level={4} className="signoff-page-title" data-testid="inbox-title">
          {boxTitle}
        </Typography.Title>
        <Space size={4}>
          {phone && view.box === 'todo' && !selecting && selectable.length > 0 && (
            <Button
              type="link"
              onClick={() => setSelecting(true)}
              data-testid="batch-select"
              className="desk-touch"
            >
              {t('desk.batch.select')}
            </Button>
          )}
          <Button
            type="text"
            icon={<ReloadOutlined spin={list.fetching && !list.pending} />}
            onClick={() => void doRefresh()}
            aria-label={t('desk.list.refresh')}
            className="desk-touch"
            data-testid="inbox-refresh"
          />
        </Space>
      </div>
      <BoxTabs box={view.box} counts={counts.data} onChange={(box) => update({ box, status: undefined })} />
      <div className="desk-toolbar">
        <InboxFilters view={view} onChange={update} phone={phone} />
        {!phone && batchBar}
      </div>
      {list.error !== null && (
        <Alert type="error" showIcon title={errorText(list.error, lang)} style={{ marginBottom: 12 }} />
      )}
      {phone ? (
        <PullToRefresh onRefresh={refresh}>
          <InboxCards
            box={view.box}
            rows={list.rows}
            loading={list.pending || list.fetching}
            filtered={filtered}
            hasMore={list.rows.length < list.total}
            onMore={() => setPhonePages((n) => n + 1)}
            selecting={selecting}
            selected={new Set(selected.keys())}
            onToggle={toggle}
            from="/inbox"
          />
        </PullToRefresh>
      ) : (
        <InboxTable
          box={view.box}
          rows={list.rows}
          loading={list.pending}
          total={list.total}
          page={view.page}
          pageSize={PAGE_SIZE}
          onPage={(page) => update({ page })}
          filtered={filtered}
          from="/inbox"
          selection={
            view.box === 'todo'
              ? {
                  keys: [...selected.keys()],
                  onChange: (rows) => setSelected(new Map(rows.map((r) => [r.key, r]))),
                }
              : undefined
          }
        />
      )}
      {phone && batchBar}
      <BatchApproveDialog
        items={batchItems}
        open={dialog}
        onClose={() => setDialog(false)}
        onFinished={() => {
          setSelected(new Map());
          setSelecting(false);
          void refresh();
        }}
      />
    </div>
  );
}
