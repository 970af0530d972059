import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { CountBadge } from './CountBadge';
import { activeNav, type NavItem } from './nav-items';

/** The phone's tab bar, as DingTalk and Feishu put the main sections within thumb reach (never more than five). */
export function BottomNav({ items, todoCount }: { items: NavItem[]; todoCount: number }) {
  const { t } = useTranslation();
  const location = useLocation();
  const active = activeNav(location.pathname, location.state);
  return (
    <nav className="signoff-bottom-nav" aria-label={t('desk.nav.main')}>
      {items.slice(0, 5).map((item) => (
        <Link
          key={item.path}
          to={item.path}
          className={item.path === active ? 'active' : undefined}
          aria-current={item.path === active ? 'page' : undefined}
          data-testid={`nav-${item.path}`}
        >
          <CountBadge count={item.path === '/inbox' ? todoCount : 0}>
            <span className="icon">{item.icon}</span>
          </CountBadge>
          <span className="label">{t(item.shortKey)}</span>
        </Link>
      ))}
    </nav>
  );
}
