import { useCallback, useEffect, useMemo, useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorText } from '../api/app-error';
import { InboxCards } from '../desk/inbox/InboxCards';
import { InboxFilters } from '../desk/inbox/InboxFilters';
import { activeFilterCount, readView, writeView, type InboxView } from '../desk/inbox/inbox-params';
import { InboxTable } from '../desk/inbox/InboxTable';
import { PullToRefresh } from '../desk/inbox/PullToRefresh';
import { PAGE_SIZE, useInboxPages, useRefreshInbox } from '../desk/inbox/use-inbox-pages';
import { useDocumentTitle } from '../desk/use-document-title';
import { useIsPhone } from '../hooks/use-is-phone';
import { useLang } from '../i18n/use-lang';
import '../desk/desk.css';

const NO_SELECTION: ReadonlySet<string> = new Set();

/** 我的申请: the requests the person started, with where each one is now; the approval centre's "started" box on its own page. */
export default function MyRequestsPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const phone = useIsPhone();
  const [params, setParams] = useSearchParams();
  const view = useMemo<InboxView>(() => ({ ...readView(params), box: 'started' }), [params]);
  useDocumentTitle(t('desk.nav.requests'));
  const update = useCallback(
    (patch: Partial<InboxView>) => {
      const next = writeView({ ...view, ...patch, box: 'todo', page: patch.page ?? 1 });
      setParams(next, { replace: true });
    },
    [view, setParams],
  );
  const [phonePages, setPhonePages] = useState(1);
  const filterKey = JSON.stringify({ ...view, page: 0 });
  useEffect(() => setPhonePages(1), [filterKey]);
  const list = useInboxPages(view, phone ? 1 : view.page, phone ? phonePages : view.page);
  const refresh = useRefreshInbox();
  const filtered = view.q !== '' || activeFilterCount(view) > 0;

  return (
    <div className="desk-page">
      <div className="desk-page-head" style={{ marginBottom: 16 }}>
        <Typography.Title level={4} className="signoff-page-title">
          {t('desk.nav.requests')}
        </Typography.Title>
        <Link to="/">
          <Button type="primary" icon={<PlusOutlined />} size={phone ? 'large' : 'middle'}>
            {t('desk.nav.apply')}
          </Button>
        </Link>
      </div>
      <div className="desk-toolbar">
        <InboxFilters view={view} onChange={update} phone={phone} />
      </div>
      {list.error !== null && <Alert type="error" showIcon title={errorText(list.error, lang)} style={{ marginBottom: 12 }} />}
      {phone ? (
        <PullToRefresh onRefresh={refresh}>
          <InboxCards
            box="started"
            rows={list.rows}
            loading={list.pending || list.fetching}
            filtered={filtered}
            hasMore={list.rows.length < list.total}
            onMore={() => setPhonePages((n) => n + 1)}
            selecting={false}
            selected={NO_SELECTION}
            onToggle={() => undefined}
            from="/requests"
          />
        </PullToRefresh>
      ) : (
        <InboxTable
          box="started"
          rows={list.rows}
          loading={list.pending}
          total={list.total}
          page={view.page}
          pageSize={PAGE_SIZE}
          onPage={(page) => update({ page })}
          filtered={filtered}
          from="/requests"
        />
      )}
    </div>
  );
}
