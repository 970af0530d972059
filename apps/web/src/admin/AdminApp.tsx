import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useMe } from '../hooks/use-me';
import { PageSpinner } from '../layout/PageSpinner';
import NotFoundPage from '../pages/NotFoundPage';
import { adminRoleOf, sectionAt, visibleSections } from './admin-access';
import { ADMIN_SECTIONS } from './admin-sections';
import { AdminLayout } from './AdminLayout';
import { NoAccessPage } from './NoAccessPage';
import './admin.i18n';

/**
 * `/admin/*`, one lazy chunk: who may see what comes from `auth.me`'s roles. A member gets the
 * no-access page and nothing of the console; /admin goes to the first section the person may see.
 * The server refuses the calls anyway — this only keeps the UI from offering what it cannot do.
 */
export default function AdminApp() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageSpinner />;
  if (!me.data) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  if (me.data.mustChangePassword) return <Navigate to="/change-password" replace />;
  const { user, tenant } = me.data;
  const sections = visibleSections(ADMIN_SECTIONS, adminRoleOf(user.roles));
  const first = sections[0];
  if (!first)
    return (
      <div className="admin-standalone">
        <NoAccessPage kind="member" />
      </div>
    );
  // a section that exists but is not theirs says so, rather than "not found"
  const forbidden = sectionAt(ADMIN_SECTIONS, location.pathname) !== undefined;
  return (
    <Routes>
      <Route element={<AdminLayout sections={sections} userName={user.name} tenantName={tenant.name} />}>
        <Route index element={<Navigate to={first.path} replace />} />
        {sections.map((s) => (
          <Route key={s.path} path={`${s.path}/*`} element={<s.page />} />
        ))}
        <Route path="*" element={forbidden ? <NoAccessPage kind="section" /> : <NotFoundPage />} />
      </Route>
    </Routes>
  );
}
