import { EditOutlined, FolderAddOutlined, SafetyOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Input, Skeleton, Space, Table, Tag, Tree } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { MoveTemplateDialog } from '../../form-designer/templates/MoveTemplateDialog';
import {
  designTemplates,
  folderChoices,
  matchesDesignQuery,
  type DesignTemplate,
} from '../../form-designer/templates/templates-catalog';
import { useLang } from '../../i18n/use-lang';
import { toast } from '../../layout/toast';
import { grantsOnTarget, type AccessFacts, type AccessFolder } from './access-model';
import { AccessDrawer } from './AccessDrawer';
import { FolderDialog } from './FolderDialog';
import { folderTree, templatesIn, titleOf, type FolderSelection } from './folder-tree';
import type { GrantTarget } from './GrantsPanel';
import { LoadFailed } from '../LoadFailed';
import { useAccessFacts } from './use-access-facts';
// the reused move dialog speaks in the designers' list's words
import '../../form-designer/templates/templates.i18n';
import './admin-templates.i18n';
import './admin-templates.css';

const ALL = '__all';
const NONE = '__none';

type Open =
  | { kind: 'folder'; folder?: AccessFolder; parentId?: string | null }
  | { kind: 'move'; template: DesignTemplate }
  | { kind: 'access'; target: GrantTarget; name: string; tab: 'grants' | 'who' }
  | null;

/** `/admin/templates`: folders (create, rename, nest), forms in them (move), and seed 001's tiers on both. */
export default function TemplatesAdminPage() {
  const { facts, list, error, pending, refetch } = useAccessFacts();
  const { t } = useTranslation();
  const { lang } = useLang();
  if (error)
    return (
      <LoadFailed
        title={t('adminTemplates.loadFailed', { error: errorText(error, lang) })}
        onRetry={() => void refetch()}
      />
    );
  if (pending || !facts || !list) return <Skeleton active paragraph={{ rows: 8 }} />;
  return <TemplatesAdmin facts={facts} rows={designTemplates(list)} />;
}

function TemplatesAdmin({ facts, rows }: { facts: AccessFacts; rows: DesignTemplate[] }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [sel, setSel] = useState<FolderSelection>({ kind: 'all' });
  const [q, setQ] = useState('');
  const [open, setOpen] = useState<Open>(null);
  // what the admin folded; everything else, new folders included, stays open
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const a = (k: string, o?: Record<string, string | number>) => t(`adminTemplates.${k}`, o);
  const tree = useMemo(() => folderTree(facts.folders, lang), [facts.folders, lang]);
  const folder = sel.kind === 'folder' ? facts.folders.find((f) => f.id === sel.id) : undefined;
  const shown = templatesIn(
    rows.map((r) => ({ ...r, folderId: r.folder?.id ?? null })),
    sel,
  ).filter((r) => matchesDesignQuery(r, q));

  // the designers' list and the start page read the same grants and folders
  const refresh = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.templates.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.forms.listPublished.pathKey() }),
    ]);
  };
  const accessOf = (r: DesignTemplate & { folderId: string | null }) => {
    const { own, inherited } = grantsOnTarget(facts, {
      type: 'template',
      id: r.templateId,
      folderId: r.folderId,
    });
    if (own.length + inherited.length === 0) return <Tag>{a('open')}</Tag>;
    return (
      <Space size={4} wrap>
        {own.length > 0 && <Tag color="blue">{a('grantsCount', { count: own.length })}</Tag>}
        {inherited.length > 0 && (
          <Tag color="purple">
            {a('grants.inheritedFrom', {
              folder: [...new Set(inherited.map((i) => i.from.name))].join('、'),
            })}
          </Tag>
        )}
      </Space>
    );
  };

  return (
    <div className="admin-templates" data-testid="admin-templates">
      <Card
        size="small"
        className="admin-templates-folders"
        title={a('folders')}
        extra={
          <Button
            size="small"
            icon={<FolderAddOutlined />}
            onClick={() => setOpen({ kind: 'folder', parentId: folder?.id ?? null })}
            data-testid="new-folder"
          >
            {a('newFolder')}
          </Button>
        }
      >
        <Tree
          blockNode
          expandedKeys={[ALL, ...facts.folders.map((f) => f.id)].filter((k) => !collapsed.has(k))}
          onExpand={(_, info) => {
            const key = String(info.node.key);
            setCollapsed((c) => {
              const next = new Set(c);
              if (info.expanded) next.delete(key);
              else next.add(key);
              return next;
            });
          }}
          selectedKeys={[sel.kind === 'folder' ? sel.id : sel.kind === 'all' ? ALL : NONE]}
          onSelect={(keys) => {
            const k = String(keys[0] ?? ALL);
            setSel(k === ALL ? { kind: 'all' } : k === NONE ? { kind: 'none' } : { kind: 'folder', id: k });
          }}
          treeData={[
            { key: ALL, title: a('allTemplates'), children: tree },
            { key: NONE, title: a('noFolder') },
          ]}
          data-testid="folder-tree"
        />
        {folder && (
          <Space wrap className="admin-templates-folder-tools">
            <Button
              size="small"
              icon={<EditOutlined />}
              onClick={() => setOpen({ kind: 'folder', folder })}
              data-testid="edit-folder"
            >
              {a('renameFolder')}
            </Button>
            <Button
              size="small"
              icon={<SafetyOutlined />}
              onClick={() =>
                setOpen({
                  kind: 'access',
                  target: { type: 'folder', id: folder.id, folderId: folder.parentId },
                  name: folder.name,
                  tab: 'grants',
                })
              }
              data-testid="folder-permissions"
            >
              {a('folderPermissions')}
            </Button>
          </Space>
        )}
      </Card>
      <div className="admin-templates-list">
        <Input.Search
          allowClear
          placeholder={a('search')}
          aria-label={a('search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          style={{ maxWidth: 360, marginBottom: 12 }}
          data-testid="admin-templates-search"
        />
        <Table
          size="middle"
          rowKey="templateId"
          dataSource={shown}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: <Empty description={a(q ? 'noMatch' : 'empty')} /> }}
          columns={[
            { title: a('col.title'), key: 'title', render: (_, r) => titleOf(r.title, lang) },
            { title: a('col.folder'), key: 'folder', render: (_, r) => r.folder?.name ?? a('noFolder') },
            { title: a('col.access'), key: 'access', render: (_, r) => accessOf(r) },
            {
              title: a('col.actions'),
              key: 'actions',
              render: (_, r) => {
                const target: GrantTarget = { type: 'template', id: r.templateId, folderId: r.folderId };
                const name = titleOf(r.title, lang);
                return (
                  <Space size={0} wrap>
                    <Button
                      type="link"
                      size="small"
                      onClick={() => setOpen({ kind: 'access', target, name, tab: 'grants' })}
                      data-testid="template-permissions"
                    >
                      {a('permissions')}
                    </Button>
                    <Button
                      type="link"
                      size="small"
                      onClick={() => setOpen({ kind: 'access', target, name, tab: 'who' })}
                      data-testid="template-who"
                    >
                      {a('whoCanSee')}
                    </Button>
                    <Button
                      type="link"
                      size="small"
                      onClick={() => setOpen({ kind: 'move', template: r })}
                      data-testid="template-move"
                    >
                      {a('move')}
                    </Button>
                  </Space>
                );
              },
            },
          ]}
          data-testid="admin-templates-table"
        />
      </div>
      {open?.kind === 'folder' && (
        <FolderDialog
          {...(open.folder ? { folder: open.folder } : { parentId: open.parentId ?? null })}
          folders={facts.folders}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            void refresh();
          }}
        />
      )}
      {open?.kind === 'move' && (
        <MoveTemplateDialog
          template={open.template}
          name={titleOf(open.template.title, lang)}
          folders={folderChoices(facts.folders, lang)}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            toast('success', t('designerTemplates.moveDialog.done'));
            void refresh();
          }}
        />
      )}
      {open?.kind === 'access' && (
        <AccessDrawer
          facts={facts}
          target={open.target}
          name={open.name}
          tab={open.tab}
          onClose={() => setOpen(null)}
          onChanged={refresh}
        />
      )}
    </div>
  );
}
