import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatTime } from '../format/format-time';
import { useLang } from '../i18n/use-lang';
import { StatusTag } from '../requests/StatusTag';
import type { RequestDetail } from './request-detail';

/** Title, status, serial number, applicant and times, with the way back and to the print view. */
export function RequestHeader({ detail, phone }: { detail: RequestDetail; phone: boolean }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const navigate = useNavigate();
  const current = detail.route.filter((s) => s.status === 'current').map((s) => pick(s.name));
  const items = [
    {
      key: 'serial',
      label: t('request.page.serialNo'),
      children: <span data-testid="serial-no">{detail.serialNo}</span>,
    },
    { key: 'applicant', label: t('request.page.applicant'), children: detail.applicant.name },
    { key: 'created', label: t('request.page.createdAt'), children: formatTime(detail.createdAt) },
    ...(current.length > 0
      ? [{ key: 'current', label: t('request.page.currentStep'), children: current.join('、') }]
      : []),
    ...(detail.finishedAt
      ? [{ key: 'finished', label: t('request.page.finishedAt'), children: formatTime(detail.finishedAt) }]
      : []),
    ...(detail.importedFrom
      ? [
          {
            key: 'imported',
            label: t('request.page.importedFrom'),
            children: t('request.page.importedRow', detail.importedFrom),
          },
        ]
      : []),
  ];
  return (
    <Card variant="borderless" size={phone ? 'small' : 'medium'} className="signoff-request-header">
      <div className="signoff-request-title">
        <Button
          type="text"
          icon={<ArrowLeftOutlined />}
          onClick={() => void navigate(-1)}
          aria-label={t('request.page.back')}
        />
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="detail-title">
          {pick(detail.title)}
        </Typography.Title>
        <StatusTag status={detail.status} />
        {detail.importedFrom && <Tag data-testid="imported-tag">{t('request.page.imported')}</Tag>}
        <Link
          to={`/requests/${encodeURIComponent(detail.id)}/print`}
          className="signoff-request-print"
          data-testid="print-link"
        >
          <Space size={4}>
            <PrinterOutlined />
            {t('request.page.print')}
          </Space>
        </Link>
      </div>
      <Descriptions size="small" column={phone ? 1 : 3} items={items} />
    </Card>
  );
}
