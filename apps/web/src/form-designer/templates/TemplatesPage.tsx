import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Input, Result, Skeleton, Tag, Typography } from 'antd';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { useDocumentTitle } from '../../desk/use-document-title';
import { useMe } from '../../hooks/use-me';
import { useLang } from '../../i18n/use-lang';
import { mayDesign } from '../../layout/nav-items';
import { NewTemplateDialog } from './NewTemplateDialog';
import {
  designTemplates,
  groupDesignTemplates,
  matchesDesignQuery,
  unpublishedIds,
  type DesignTemplate,
  type DraftOnlyRow,
} from './templates-catalog';
import './templates.i18n';
import './templates-page.css';

const designPath = (templateId: string) => `/designer/forms/${encodeURIComponent(templateId)}`;

/** `/designer`: the tenant's forms for those who design them, by folder, with search and 新建表单. */
export default function TemplatesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const roles = me.data?.user.roles;
  useDocumentTitle(t('designerTemplates.title'));
  if (me.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (!mayDesign(roles))
    return (
      <Result
        status="403"
        title={t('designerTemplates.forbiddenTitle')}
        subTitle={t('designerTemplates.forbidden')}
        data-testid="designer-templates-forbidden"
      />
    );
  return <TemplatesList admin={roles?.includes('admin') === true} />;
}

function TemplatesList({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const published = useQuery(trpc.forms.listPublished.queryOptions());
  // only admins may read the folder tree and every template, drafts never published included
  const access = useQuery({ ...trpc.templates.access.queryOptions(), enabled: admin });
  const draftIds = unpublishedIds(published.data ?? [], access.data);
  const drafts = useQueries({
    queries: draftIds.map((templateId) => ({
      ...trpc.forms.draft.queryOptions({ templateId }),
      staleTime: 60_000,
    })),
  });
  const draftRows = drafts.flatMap((d): DraftOnlyRow[] =>
    d.data ? [{ templateId: d.data.templateId, key: d.data.key, title: d.data.title }] : [],
  );
  // useQueries answers a new array each render; the rows' content is what the memo follows
  const draftKey = JSON.stringify(draftRows);
  const draftError = drafts.find((d) => d.error)?.error ?? null;

  const all = useMemo(
    () => designTemplates(published.data ?? [], access.data, JSON.parse(draftKey) as DraftOnlyRow[]),
    [published.data, access.data, draftKey],
  );
  const shown = all.filter((x) => matchesDesignQuery(x, q));
  const groups = groupDesignTemplates(shown, lang);
  const oneGroup = groups.length === 1 && groups[0]?.folder === null;
  const pending = published.isPending || (admin && access.isPending);
  const error = published.error ?? access.error;

  return (
    <div className="fd-templates" data-testid="designer-templates">
      <div className="fd-templates-head">
        <Typography.Title level={4} className="signoff-page-title">
          {t('designerTemplates.title')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="new-template"
        >
          {t('designerTemplates.create')}
        </Button>
      </div>
      <Input.Search
        allowClear
        placeholder={t('designerTemplates.search')}
        aria-label={t('designerTemplates.search')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        className="fd-templates-search"
        data-testid="designer-templates-search"
      />
      {pending && <Skeleton active paragraph={{ rows: 6 }} />}
      {error && <Alert type="error" showIcon title={errorText(error, lang)} />}
      {draftError && (
        <Alert
          type="warning"
          showIcon
          title={t('designerTemplates.partial', { error: errorText(draftError, lang) })}
        />
      )}
      {!pending && !error && all.length === 0 && <Empty description={t('designerTemplates.empty')} />}
      {all.length > 0 && shown.length === 0 && (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('designerTemplates.noMatch', { q: q.trim() })}
        />
      )}
      {!pending &&
        groups.map((g) => {
          const id = `fd-group-${g.folder?.id ?? 'none'}`;
          return (
            <section
              key={g.folder?.id ?? ''}
              aria-labelledby={id}
              className="fd-templates-group"
              data-testid="designer-template-group"
            >
              <Typography.Title level={5} id={id} className="fd-templates-group-title">
                {g.folder
                  ? g.folder.name
                  : oneGroup
                    ? t('designerTemplates.all')
                    : t('designerTemplates.ungrouped')}
                <Typography.Text type="secondary" className="fd-templates-count">
                  {t('designerTemplates.count', { count: g.templates.length })}
                </Typography.Text>
              </Typography.Title>
              <ul className="fd-templates-rows">
                {g.templates.map((x) => (
                  <TemplateRow key={x.templateId} template={x} name={pick(x.title)} />
                ))}
              </ul>
            </section>
          );
        })}
      {creating && (
        <NewTemplateDialog
          onClose={() => setCreating(false)}
          onCreated={(templateId) => void navigate(designPath(templateId))}
        />
      )}
    </div>
  );
}

function TemplateRow({ template, name }: { template: DesignTemplate; name: string }) {
  const { t } = useTranslation();
  return (
    <li className="fd-templates-row" data-testid={`designer-template-${template.key}`}>
      <span className="fd-templates-name">
        <Typography.Text strong>{name}</Typography.Text>
        <Typography.Text type="secondary" className="fd-templates-key">
          {template.key}
        </Typography.Text>
      </span>
      {template.publishedVersion !== null ? (
        <Tag color="green">{t('designerTemplates.published', { version: template.publishedVersion })}</Tag>
      ) : (
        <Tag color="orange">{t('designerTemplates.draftOnly')}</Tag>
      )}
      <Link
        to={designPath(template.templateId)}
        className="fd-templates-design"
        aria-label={t('designerTemplates.designLabel', { name })}
        data-testid={`design-${template.key}`}
      >
        {t('designerTemplates.design')}
      </Link>
    </li>
  );
}
