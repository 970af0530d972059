import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Input, Result, Skeleton, Switch, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { useDocumentTitle } from '../../desk/use-document-title';
import { useMe } from '../../hooks/use-me';
import { useLang } from '../../i18n/use-lang';
import { mayDesign } from '../../layout/nav-items';
import { toast } from '../../layout/toast';
import { ArchiveTemplateDialog } from './ArchiveTemplateDialog';
import { MoveTemplateDialog } from './MoveTemplateDialog';
import { NewTemplateDialog } from './NewTemplateDialog';
import { RenameTemplateDialog } from './RenameTemplateDialog';
import { designPath, TemplateRow, type TemplateAction } from './TemplateRow';
import {
  designTemplates,
  folderChoices,
  groupDesignTemplates,
  matchesDesignQuery,
  type DesignTemplate,
} from './templates-catalog';
import './templates.i18n';
import './templates-page.css';

/** The dialog a row's menu opened, if any (duplicate needs none). */
type OpenDialog = { kind: 'rename' | 'move' | 'archive'; template: DesignTemplate } | null;

/**
 * `/designer`: the forms the caller may edit (templates.list), by folder, with search, 新建表单,
 * and per form 重命名, 移动到文件夹, 复制 and 停用/启用; archived forms behind a switch.
 */
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
  return <TemplatesList />;
}

function TemplatesList() {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const list = useQuery(trpc.templates.list.queryOptions({ archived: showArchived }));
  const duplicate = useMutation(trpc.templates.duplicate.mutationOptions());
  // mutateAsync keeps its identity, so the memoized rows are not drawn again on every render
  const { mutateAsync: duplicateAsync } = duplicate;

  const all = useMemo(() => (list.data ? designTemplates(list.data) : []), [list.data]);
  const folders = useMemo(() => folderChoices(list.data?.folders ?? [], lang), [list.data, lang]);
  const shown = all.filter((x) => matchesDesignQuery(x, q));
  const groups = groupDesignTemplates(shown, lang);
  const oneGroup = groups.length === 1 && groups[0]?.folder === null;

  // the start page lists the same forms: both are asked again after a change
  const refresh = useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.templates.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.forms.listPublished.pathKey() }),
    ]);
  }, [queryClient, trpc]);

  const onAction = useCallback(
    (action: TemplateAction, template: DesignTemplate) => {
      if (action === 'rename' || action === 'move') setDialog({ kind: action, template });
      else if (action === 'archive' || action === 'restore') setDialog({ kind: 'archive', template });
      else
        // 复制 opens the copy in the designer, as DingTalk's 复制 does: it is unpublished until changed and published
        duplicateAsync({ templateId: template.templateId })
          .then(async (copy) => {
            toast('success', t('designerTemplates.duplicated', { name: copy.title[lang] || copy.title.zh }));
            await refresh();
            await navigate(designPath(copy.templateId));
          })
          .catch((e: unknown) =>
            toast('error', t('designerTemplates.duplicateFailed', { error: errorText(e, lang) })),
          );
    },
    [duplicateAsync, lang, navigate, refresh, t],
  );
  const duplicating = duplicate.isPending ? duplicate.variables.templateId : null;

  const close = () => setDialog(null);
  const done = (message: string) => {
    setDialog(null);
    toast('success', message);
    void refresh();
  };

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
      <div className="fd-templates-tools">
        <Input.Search
          allowClear
          placeholder={t('designerTemplates.search')}
          aria-label={t('designerTemplates.search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          className="fd-templates-search"
          data-testid="designer-templates-search"
        />
        <label className="fd-templates-archived-switch">
          <Switch
            size="small"
            checked={showArchived}
            onChange={setShowArchived}
            data-testid="designer-templates-show-archived"
          />
          {t('designerTemplates.showArchived')}
        </label>
      </div>
      {list.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
      {list.error && <Alert type="error" showIcon title={errorText(list.error, lang)} />}
      {list.isSuccess && all.length === 0 && <Empty description={t('designerTemplates.empty')} />}
      {all.length > 0 && shown.length === 0 && (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('designerTemplates.noMatch', { q: q.trim() })}
        />
      )}
      {groups.map((g) => {
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
                <TemplateRow
                  key={x.templateId}
                  template={x}
                  name={pick(x.title)}
                  busy={duplicating === x.templateId}
                  onAction={onAction}
                />
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
      {dialog?.kind === 'rename' && (
        <RenameTemplateDialog
          template={dialog.template}
          onClose={close}
          onDone={() => done(t('designerTemplates.renameDialog.done'))}
        />
      )}
      {dialog?.kind === 'move' && (
        <MoveTemplateDialog
          template={dialog.template}
          name={pick(dialog.template.title)}
          folders={folders}
          onClose={close}
          onDone={() => done(t('designerTemplates.moveDialog.done'))}
        />
      )}
      {dialog?.kind === 'archive' && (
        <ArchiveTemplateDialog
          template={dialog.template}
          name={pick(dialog.template.title)}
          onClose={close}
          onDone={(archived) =>
            done(
              t(`designerTemplates.archiveDialog.${archived ? 'archived' : 'restored'}`, {
                name: pick(dialog.template.title),
              }),
            )
          }
        />
      )}
    </div>
  );
}
