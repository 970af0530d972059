import { Alert, Empty, Input, Spin, Tag, Tree, type TreeDataNode, type TreeProps } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import { toast } from '../../layout/toast';
import { departmentInput, departmentTree, dropMove, type DepartmentNode, type OrgView } from './org-model';
import { problemText } from './org-problems';
import { useRefreshOrg } from './use-org';

type DropInfo = Parameters<NonNullable<TreeProps['onDrop']>>[0];

/**
 * The department tree. Dragging a department onto another makes it a child, between two a sibling;
 * the tree keeps showing the server's org, so a move the server refuses (a cycle, a clash) simply
 * leaves it where it was, with the server's reason above the tree.
 */
export function DepartmentTree({
  org,
  selected,
  onSelect,
}: {
  org: OrgView;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const refresh = useRefreshOrg();
  const save = useMutation(trpc.org.saveDepartment.mutationOptions());
  const [q, setQ] = useState('');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [refusal, setRefusal] = useState<string | null>(null);

  const nodes = useMemo(() => departmentTree(org.departments, q), [org.departments, q]);
  const treeData = useMemo(() => nodes.map((n) => toTreeNode(n, t('adminOrg.tree.virtual'))), [nodes, t]);
  const keys = useMemo(() => allKeys(nodes), [nodes]);
  // everything open by default; while searching every match is open, whatever was folded
  const expanded = q.trim() ? keys : keys.filter((k) => !collapsed.has(k));

  const onDrop = (info: DropInfo) => {
    const dragId = String(info.dragNode.key);
    const targetId = String(info.node.key);
    const relative = info.dropPosition - Number(info.node.pos.split('-').at(-1));
    const move = dropMove(org.departments, dragId, targetId, info.dropToGap ? (relative < 0 ? -1 : 1) : 0);
    const dragged = org.departments.find((d) => d.id === dragId);
    if (!move || !dragged) return;
    const parent = org.departments.find((d) => d.id === move.parentId);
    setRefusal(null);
    save.mutate(departmentInput(dragged, move), {
      onSuccess: () =>
        void refresh().then(() =>
          toast(
            'success',
            parent
              ? t('adminOrg.tree.moved', { name: dragged.name, parent: parent.name })
              : t('adminOrg.tree.movedTop', { name: dragged.name }),
          ),
        ),
      onError: (e) =>
        setRefusal(
          t('adminOrg.tree.moveRefused', {
            name: dragged.name,
            reason: problemText(e, `department:${dragId}`, lang),
          }),
        ),
    });
  };

  return (
    <div className="admin-org-tree" data-testid="department-tree">
      <Input.Search
        allowClear
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder={t('adminOrg.tree.search')}
        aria-label={t('adminOrg.tree.search')}
        data-testid="department-search"
      />
      <p className="admin-org-hint">{t('adminOrg.tree.dragHint')}</p>
      {refusal && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setRefusal(null) }}
          title={refusal}
          data-testid="move-refused"
        />
      )}
      {nodes.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={q.trim() ? t('adminOrg.tree.noMatch', { q: q.trim() }) : t('adminOrg.tree.empty')}
        />
      ) : (
        <Spin spinning={save.isPending}>
          <Tree
            blockNode
            draggable={{ icon: false }}
            treeData={treeData}
            expandedKeys={expanded}
            onExpand={(open) => {
              const opened = new Set(open.map(String));
              setCollapsed(new Set(keys.filter((k) => !opened.has(k))));
            }}
            selectedKeys={selected ? [selected] : []}
            onSelect={(picked) => {
              const id = picked[0];
              if (id !== undefined) onSelect(String(id));
            }}
            onDrop={onDrop}
          />
        </Spin>
      )}
    </div>
  );
}

function toTreeNode(node: DepartmentNode, virtualLabel: string): TreeDataNode {
  const { dept } = node;
  return {
    key: dept.id,
    title: (
      <span className="admin-org-node" data-testid={`dept-node-${dept.name}`}>
        <span>{dept.name}</span>
        {dept.code && <span className="admin-org-code">{dept.code}</span>}
        {dept.virtual && (
          <Tag color="purple" className="admin-org-virtual" data-testid="virtual-tag">
            {virtualLabel}
          </Tag>
        )}
      </span>
    ),
    children: node.children.map((c) => toTreeNode(c, virtualLabel)),
  };
}

function allKeys(nodes: readonly DepartmentNode[]): string[] {
  return nodes.flatMap((n) => [n.key, ...allKeys(n.children)]);
}
