import { RightOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../i18n/use-lang';
import type { StartTemplate } from './start-catalog';
import { templateIcon } from './template-icon';

/**
 * One flow to start: its icon, title and, when the template has one, its one-line description.
 * For those who design forms, a 设计 link beside it: a sibling of the tile's link, not inside
 * it, so each is its own tab stop and a screen reader hears two links rather than one nested pair.
 */
export function TemplateTile({
  template,
  compact = false,
  designable = false,
}: {
  template: StartTemplate;
  compact?: boolean;
  designable?: boolean;
}) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const { icon, color } = templateIcon(template.title);
  const description = pick(template.description);
  const tile = (
    <Link
      to={`/apply/${encodeURIComponent(template.templateId)}`}
      className={compact ? 'desk-tile desk-tile-compact' : 'desk-tile'}
      data-testid={compact ? `recent-${template.key}` : `form-card-${template.key}`}
      title={description || undefined}
    >
      <span className="desk-tile-icon" style={{ background: color }} aria-hidden="true">
        {icon}
      </span>
      <span className="desk-tile-main">
        <Typography.Text strong ellipsis className="desk-tile-title">
          {pick(template.title)}
        </Typography.Text>
        {!compact && description && (
          <Typography.Text type="secondary" ellipsis className="desk-tile-desc">
            {description}
          </Typography.Text>
        )}
      </span>
      {!compact && <RightOutlined className="desk-tile-arrow" />}
    </Link>
  );
  if (!designable) return tile;
  return (
    <div className="desk-tile-slot">
      {tile}
      <Link
        to={`/designer/forms/${encodeURIComponent(template.templateId)}`}
        className="desk-tile-design"
        aria-label={t('desk.start.designLabel', { name: pick(template.title) })}
        data-testid={`design-${template.key}`}
      >
        {t('desk.start.design')}
      </Link>
    </div>
  );
}
