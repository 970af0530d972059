import { MoreOutlined } from '@ant-design/icons';
import { Button, Dropdown, Tag, Typography, type MenuProps } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatTime } from '../../format/format-time';
import type { DesignTemplate } from './templates-catalog';

export type TemplateAction = 'rename' | 'move' | 'duplicate' | 'archive' | 'restore';

export const designPath = (templateId: string) => `/designer/forms/${encodeURIComponent(templateId)}`;

/**
 * One template of the designers' list: its name, state, a 设计 link and a 更多 menu. The menu is
 * a button, so Tab reaches it and Enter or Space opens it; arrows move through the items.
 * Moving and archiving are the template's managers'; editors see them greyed out.
 */
export const TemplateRow = memo(function TemplateRow({
  template,
  name,
  busy,
  onAction,
}: {
  template: DesignTemplate;
  name: string;
  /** an action on this row is under way (a duplicate being made) */
  busy: boolean;
  onAction: (action: TemplateAction, template: DesignTemplate) => void;
}) {
  const { t } = useTranslation();
  const manager = template.level === 'manager';
  // each item's testid names what it does and on which form: template-rename-leave, …
  const item = (key: TemplateAction, disabled = false, danger = false) => ({
    key,
    label: t(`designerTemplates.menu.${key}`),
    disabled,
    danger,
    'data-testid': `template-${key}-${template.key}`,
  });
  const items: MenuProps['items'] = [
    item('rename'),
    item('move', !manager),
    item('duplicate'),
    { type: 'divider' },
    template.archived ? item('restore', !manager) : item('archive', !manager, true),
  ];
  const edited = template.draftUpdatedBy && template.draftUpdatedAt;
  return (
    <li
      className={`fd-templates-row${template.archived ? ' fd-templates-row-archived' : ''}`}
      data-testid={`designer-template-${template.key}`}
    >
      <span className="fd-templates-name">
        <Typography.Text strong>{name}</Typography.Text>
        <Typography.Text type="secondary" className="fd-templates-key">
          {template.key}
        </Typography.Text>
        {edited && (
          <Typography.Text type="secondary" className="fd-templates-edited">
            {t('designerTemplates.edited', {
              name: template.draftUpdatedBy?.name,
              at: formatTime(template.draftUpdatedAt),
            })}
          </Typography.Text>
        )}
      </span>
      {template.archived && <Tag>{t('designerTemplates.archivedTag')}</Tag>}
      {template.publishedVersion !== null ? (
        <Tag color="green">{t('designerTemplates.published', { version: template.publishedVersion })}</Tag>
      ) : (
        <Tag color="orange">{t('designerTemplates.draftOnly')}</Tag>
      )}
      {template.publishedVersion !== null && template.unpublishedChanges && (
        <Tag color="blue">{t('designerTemplates.unpublished')}</Tag>
      )}
      <Link
        to={designPath(template.templateId)}
        className="fd-templates-design"
        aria-label={t('designerTemplates.designLabel', { name })}
        data-testid={`design-${template.key}`}
      >
        {t('designerTemplates.design')}
      </Link>
      <Dropdown
        trigger={['click']}
        menu={{
          items,
          onClick: ({ key }) => onAction(key as TemplateAction, template),
        }}
      >
        <Button
          size="small"
          icon={<MoreOutlined />}
          loading={busy}
          aria-label={t('designerTemplates.actionsLabel', { name })}
          data-testid={`template-actions-${template.key}`}
        >
          {t('designerTemplates.actions')}
        </Button>
      </Dropdown>
    </li>
  );
});
