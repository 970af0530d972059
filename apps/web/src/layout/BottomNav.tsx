import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { activeNav, NAV_ITEMS } from './nav-items';

/** The phone's tab bar, as DingTalk and Feishu put the main sections within thumb reach. */
export function BottomNav({ todoCount }: { todoCount: number }) {
  const { t } = useTranslation();
  const active = activeNav(useLocation().pathname);
  return (
    <nav className="signoff-bottom-nav">
      {NAV_ITEMS.map((item) => (
        <Link key={item.path} to={item.path} className={item.path === active ? 'active' : undefined} data-testid={`nav-${item.path}`}>
          <Badge count={item.path === '/inbox' ? todoCount : 0} size="small" offset={[6, 0]}>
            <span className="icon">{item.icon}</span>
          </Badge>
          <span className="label">{t(item.labelKey)}</span>
        </Link>
      ))}
    </nav>
  );
}
