import { useMemo, useState } from 'react';
import { Alert, Empty, Input, Skeleton, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { BuildOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { useMe } from '../../hooks/use-me';
import { useLang } from '../../i18n/use-lang';
import { mayDesign } from '../../layout/nav-items';
import { useDocumentTitle } from '../use-document-title';
import { groupByFolder, matchesQuery, recentTemplates, toStartTemplate } from './start-catalog';
import { TemplateTile } from './TemplateTile';
import '../desk.css';
import './start.css';

/** 发起申请: the tenant's published flows by folder, with search and the person's recently used ones. */
export default function StartPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const [q, setQ] = useState('');
  const designer = mayDesign(useMe().data?.user.roles);
  useDocumentTitle(t('desk.start.title'));
  const forms = useQuery(trpc.forms.listPublished.queryOptions());
  // the person's latest requests say which flows they use; the server's list follows them across devices
  const started = useQuery({ ...trpc.inbox.search.queryOptions({ box: 'started', page: 1, pageSize: 50 }), staleTime: 60_000 });

  const templates = useMemo(() => (forms.data ?? []).map(toStartTemplate), [forms.data]);
  const shown = templates.filter((tpl) => matchesQuery(tpl, q));
  const groups = groupByFolder(shown, lang);
  const recent = q.trim() ? [] : recentTemplates((started.data?.items ?? []).map((i) => i.templateKey), templates);
  const oneGroup = groups.length === 1 && groups[0]?.folder === null;

  return (
    <div className="desk-page">
      <div className="desk-start-head">
        <Typography.Title level={4} className="signoff-page-title">
          {t('desk.start.title')}
        </Typography.Title>
        {/* the sider has 表单设计; the phone's tab bar keeps its four, so it is reached from here */}
        {designer && (
          <Link to="/designer" className="desk-start-design-entry" data-testid="start-designer-entry">
            <BuildOutlined /> {t('desk.nav.design')}
          </Link>
        )}
      </div>
      <Input.Search
        size="large"
        allowClear
        placeholder={t('desk.start.search')}
        aria-label={t('desk.start.search')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        className="desk-start-search"
        data-testid="start-search"
      />
      {forms.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
      {forms.isError && <Alert type="error" showIcon title={errorText(forms.error, lang)} />}
      {forms.data?.length === 0 && <Empty description={t('desk.start.empty')} />}
      {templates.length > 0 && shown.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('desk.start.noMatch', { q: q.trim() })} />}

      {recent.length > 0 && (
        <section className="desk-start-section" aria-labelledby="desk-recent">
          <Typography.Title level={5} id="desk-recent" className="desk-section-title">
            {t('desk.start.recent')}
          </Typography.Title>
          <div className="desk-recent" data-testid="recent-templates">
            {recent.map((tpl) => (
              <TemplateTile key={tpl.templateId} template={tpl} compact />
            ))}
          </div>
        </section>
      )}

      {groups.map((g) => {
        const id = `desk-group-${g.folder?.id ?? 'none'}`;
        return (
          <section key={g.folder?.id ?? ''} className="desk-start-section" aria-labelledby={id} data-testid="template-group">
            <Typography.Title level={5} id={id} className="desk-section-title">
              {g.folder ? g.folder.name : oneGroup ? t('desk.start.all') : t('desk.start.ungrouped')}
              <Typography.Text type="secondary" className="desk-section-count">
                {t('desk.start.count', { count: g.templates.length })}
              </Typography.Text>
            </Typography.Title>
            <div className="desk-tiles">
              {g.templates.map((tpl) => (
                <TemplateTile key={tpl.templateId} template={tpl} designable={designer} />
              ))}
            </div>
          </section>
        );
      })}
    </div>
  );
}
