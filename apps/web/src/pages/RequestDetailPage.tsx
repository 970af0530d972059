import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Skeleton, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorText } from '../api/app-error';
import { useTRPC } from '../api/trpc';
import { FormDataView } from '../form-renderer/FormDataView';
import { formatTime } from '../format/format-time';
import { useIsPhone } from '../hooks/use-is-phone';
import { useLang } from '../i18n/use-lang';
import { HistoryTimeline } from '../requests/HistoryTimeline';
import { StatusTag } from '../requests/StatusTag';
import { TaskActions } from '../requests/TaskActions';

export default function RequestDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const phone = useIsPhone();
  const navigate = useNavigate();
  const trpc = useTRPC();
  const detail = useQuery(trpc.instances.get.queryOptions({ id }));

  if (detail.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (detail.isError) return <Alert type="error" showIcon title={errorText(detail.error, lang)} />;
  const d = detail.data;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} className="signoff-detail">
      <Space align="center" wrap>
        <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)} aria-label={t('detail.back')} />
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="detail-title">
          {pick(d.title)}
        </Typography.Title>
        <StatusTag status={d.status} />
      </Space>
      {d.myOpenTask && <Alert type="info" showIcon title={t('detail.yourTurn', { node: pick(d.myOpenTask.nodeName) })} />}
      <Card variant="borderless" size={phone ? 'small' : 'medium'}>
        <Descriptions
          size="small"
          column={phone ? 1 : 3}
          items={[
            { key: 'serial', label: t('detail.serialNo'), children: <span data-testid="serial-no">{d.serialNo}</span> },
            { key: 'applicant', label: t('detail.applicant'), children: d.applicant.name },
            { key: 'created', label: t('detail.createdAt'), children: formatTime(d.createdAt) },
            ...(d.finishedAt ? [{ key: 'finished', label: t('detail.finishedAt'), children: formatTime(d.finishedAt) }] : []),
          ]}
        />
      </Card>
      <Card variant="borderless" title={t('detail.formData')} size={phone ? 'small' : 'medium'}>
        <FormDataView uiSchema={d.uiSchema} data={d.data} />
      </Card>
      <Card variant="borderless" title={t('detail.history')} size={phone ? 'small' : 'medium'} data-testid="history">
        <HistoryTimeline entries={d.timeline} />
      </Card>
      {d.myOpenTask && <TaskActions task={d.myOpenTask} />}
    </Space>
  );
}
