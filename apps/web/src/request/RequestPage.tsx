import { useState } from 'react';
import { Alert, Card, Skeleton, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorText } from '../api/app-error';
import { useTRPC } from '../api/trpc';
import { useIsPhone } from '../hooks/use-is-phone';
import { useMe } from '../hooks/use-me';
import { useLang } from '../i18n/use-lang';
import { ActionBar } from './ActionBar';
import type { EditableFields } from './editable-fields';
import { HistoryTimeline } from './HistoryTimeline';
import type { RequestDetail } from './request-detail';
import { RequestForm } from './RequestForm';
import { RequestHeader } from './RequestHeader';
import { RouteView } from './RouteView';
import './request.css';

/** `/requests/:id`: one request as its reader may see it, and what they may do with it now. */
export default function RequestPage() {
  const { id = '' } = useParams();
  const { lang } = useLang();
  const trpc = useTRPC();
  const detail = useQuery(trpc.instances.get.queryOptions({ id }));
  if (detail.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (detail.isError) return <Alert type="error" showIcon title={errorText(detail.error, lang)} />;
  return <RequestView detail={detail.data} />;
}

/** The page for loaded data; apart from the query so it can be drawn from any detail. */
export function RequestView({ detail }: { detail: RequestDetail }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const phone = useIsPhone();
  const me = useMe();
  const [editable, setEditable] = useState<EditableFields | null>(null);
  const size = phone ? 'small' : 'medium';
  const task = detail.myOpenTask;
  const returned = detail.availableActions.includes('resubmit');

  return (
    <Space orientation="vertical" size={phone ? 12 : 16} style={{ width: '100%' }} className="signoff-request" data-phone={phone}>
      <RequestHeader detail={detail} phone={phone} />
      {task && (
        <Alert
          type="info"
          showIcon
          title={t(task.kind === 'notify' ? 'request.page.copiedToYou' : 'request.page.yourTurn', { node: pick(task.nodeName) })}
        />
      )}
      {returned && <Alert type="warning" showIcon title={t('request.page.returnedToYou')} />}
      {detail.route.length > 0 && (
        <Card variant="borderless" title={t('request.page.route')} size={size}>
          <RouteView route={detail.route} vertical={phone} />
        </Card>
      )}
      <Card variant="borderless" title={t('request.page.formData')} size={size}>
        <RequestForm detail={detail} onEditable={setEditable} />
      </Card>
      <Card variant="borderless" title={t('request.page.history')} size={size} data-testid="history">
        <HistoryTimeline entries={detail.timeline} tasks={detail.tasks} />
      </Card>
      <ActionBar detail={detail} editable={editable} selfId={me.data?.user.id} />
    </Space>
  );
}
