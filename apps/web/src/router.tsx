import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { PageSpinner } from './layout/PageSpinner';

const LoginPage = lazy(() => import('./pages/LoginPage'));
const ChangePasswordPage = lazy(() => import('./pages/ChangePasswordPage'));
const AcceptInvitationPage = lazy(() => import('./invite/AcceptInvitationPage'));
const StartPage = lazy(() => import('./desk/start/StartPage'));
const FillFormPage = lazy(() => import('./pages/FillFormPage'));
const MyRequestsPage = lazy(() => import('./pages/MyRequestsPage'));
const ApprovalCentrePage = lazy(() => import('./desk/inbox/ApprovalCentrePage'));
const SupervisionPage = lazy(() => import('./desk/supervision/SupervisionPage'));
const NotificationSettingsPage = lazy(() => import('./desk/notifications/NotificationSettingsPage'));
const RequestDetailPage = lazy(() => import('./pages/RequestDetailPage'));
const PrintPage = lazy(() => import('./request/PrintPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));
// the designer (dnd-kit, the editing core) is its own chunk; no first visit of another page loads it
const FormDesignerPage = lazy(() => import('./form-designer/page/FormDesignerPage'));
// the route designer (React Flow, elkjs) is a chunk of its own too, loaded only at /designer/forms/:id/route
const RouteDesignerPage = lazy(() => import('./route-designer/page/RouteDesignerPage'));
const DesignerTemplatesPage = lazy(() => import('./form-designer/templates/TemplatesPage'));
// the admin console (its own shell: grouped Sider, every section a chunk of its own)
const AdminApp = lazy(() => import('./admin/AdminApp'));

const page = (node: ReactNode) => <Suspense fallback={<PageSpinner />}>{node}</Suspense>;

/**
 * Every page of the app. Declarative routes rather than a data router (createBrowserRouter):
 * no page uses loaders or actions, and the data router is some 15 kB gzip that every first
 * visit would download for nothing.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={page(<LoginPage />)} />
      <Route path="/change-password" element={page(<ChangePasswordPage />)} />
      <Route path="/invite" element={page(<AcceptInvitationPage />)} />
      <Route path="/admin/*" element={page(<AdminApp />)} />
      <Route element={<AppLayout />}>
        <Route index element={<StartPage />} />
        <Route path="apply/:templateId" element={<FillFormPage />} />
        <Route path="requests" element={<MyRequestsPage />} />
        <Route path="requests/:id" element={<RequestDetailPage />} />
        <Route path="requests/:id/print" element={<PrintPage />} />
        <Route path="inbox" element={<ApprovalCentrePage />} />
        <Route path="supervision" element={<SupervisionPage />} />
        <Route path="settings/notifications" element={<NotificationSettingsPage />} />
        <Route path="designer" element={<DesignerTemplatesPage />} />
        <Route path="designer/forms/:templateId" element={<FormDesignerPage />} />
        <Route path="designer/forms/:templateId/route" element={<RouteDesignerPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
