import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CountBadge } from './CountBadge';
import type { NavItem, NavPath } from './nav-items';

/**
 * The desktop sider's menu: plain links styled as antd's inline Menu (layout.css), since a list
 * of four links needs none of rc-menu's sub-menus, overflow and motion.
 */
export function SideNav({
  items,
  active,
  todoCount,
}: {
  items: NavItem[];
  active: NavPath | null;
  todoCount: number;
}) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('desk.nav.main')}>
      <ul className="signoff-side-nav">
        {items.map((item) => (
          <li key={item.path}>
            <Link
              to={item.path}
              className={item.path === active ? 'selected' : undefined}
              data-testid={`nav-${item.path}`}
              aria-current={item.path === active ? 'page' : undefined}
            >
              <span className="icon">{item.icon}</span>
              <span className="label">{t(item.labelKey)}</span>
              {item.path === '/inbox' && <CountBadge count={todoCount} />}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
