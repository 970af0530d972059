import { Alert, Button, Skeleton, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorText } from '../../api/app-error';
import { useLang } from '../../i18n/use-lang';
import { DepartmentsTab } from './DepartmentsTab';
import { RanksTab } from './RanksTab';
import { SupervisionTab } from './SupervisionTab';
import { useOrgView } from './use-org';
import './admin-org.i18n';
import './admin-org.css';

const TABS = ['departments', 'ranks', 'supervision'] as const;
type Tab = (typeof TABS)[number];

/** `/admin/org`: departments and positions, ranks, and supervision, one tab each (`?tab=`). */
export default function OrgChartPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const org = useOrgView();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab: Tab = TABS.find((x) => x === asked) ?? 'departments';

  if (org.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (org.error)
    return (
      <Alert
        type="error"
        showIcon
        title={t('adminOrg.common.loadFailed')}
        description={errorText(org.error, lang)}
        action={<Button onClick={() => void org.refetch()}>{t('adminOrg.common.retry')}</Button>}
        data-testid="org-load-failed"
      />
    );
  const data = org.data;
  return (
    <div data-testid="org-chart">
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={[
          {
            key: 'departments',
            label: t('adminOrg.tabs.departments'),
            children: <DepartmentsTab org={data} />,
          },
          { key: 'ranks', label: t('adminOrg.tabs.ranks'), children: <RanksTab org={data} /> },
          {
            key: 'supervision',
            label: t('adminOrg.tabs.supervision'),
            children: <SupervisionTab org={data} />,
          },
        ]}
      />
    </div>
  );
}
