import { RightOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { Link } from 'react-router';
import { useLang } from '../../i18n/use-lang';
import type { StartTemplate } from './start-catalog';
import { templateIcon } from './template-icon';

/** One flow to start: its icon, title and, when the template has one, its one-line description. */
export function TemplateTile({ template, compact = false }: { template: StartTemplate; compact?: boolean }) {
  const { pick } = useLang();
  const { icon, color } = templateIcon(template.title);
  const description = pick(template.description);
  return (
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
}
