import { FormOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Empty, Row, Skeleton, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../api/app-error';
import { useTRPC } from '../api/trpc';
import { useLang } from '../i18n/use-lang';

const COLORS = ['#1677ff', '#13c2c2', '#fa8c16', '#722ed1', '#52c41a', '#eb2f96'];

export default function ApplyPage() {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const trpc = useTRPC();
  const forms = useQuery(trpc.forms.listPublished.queryOptions());

  return (
    <>
      <Typography.Title level={4} className="signoff-page-title">
        {t('apply.title')}
      </Typography.Title>
      {forms.isPending && <Skeleton active />}
      {forms.isError && <Alert type="error" showIcon title={errorText(forms.error, lang)} />}
      {forms.data?.length === 0 && <Empty description={t('apply.empty')} />}
      <Row gutter={[16, 16]}>
        {forms.data?.map((f, i) => (
          <Col key={f.templateId} xs={24} sm={12} lg={8}>
            <Link to={`/apply/${encodeURIComponent(f.templateId)}`} data-testid={`form-card-${f.key}`}>
              <Card hoverable size="small">
                <Space align="center" style={{ width: '100%', justifyContent: 'space-between' }}>
                  <Space align="center" size={12}>
                    <span
                      style={{
                        display: 'inline-flex', width: 40, height: 40, borderRadius: 10, alignItems: 'center', justifyContent: 'center',
                        background: COLORS[i % COLORS.length], color: '#fff', fontSize: 20,
                      }}
                    >
                      <FormOutlined />
                    </span>
                    <Space orientation="vertical" size={0}>
                      <Typography.Text strong>{pick(f.title)}</Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('apply.version', { version: f.version })}
                      </Typography.Text>
                    </Space>
                  </Space>
                  <RightOutlined style={{ color: '#bfbfbf' }} />
                </Space>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </>
  );
}
