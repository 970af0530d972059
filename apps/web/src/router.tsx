import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { PageSpinner } from './layout/PageSpinner';

const LoginPage = lazy(() => import('./pages/LoginPage'));
const ChangePasswordPage = lazy(() => import('./pages/ChangePasswordPage'));
const StartPage = lazy(() => import('./desk/start/StartPage'));
const FillFormPage = lazy(() => import('./pages/FillFormPage'));
const MyRequestsPage = lazy(() => import('./pages/MyRequestsPage'));
const ApprovalCentrePage = lazy(() => import('./desk/inbox/ApprovalCentrePage'));
const SupervisionPage = lazy(() => import('./desk/supervision/SupervisionPage'));
const NotificationSettingsPage = lazy(() => import('./desk/notifications/NotificationSettingsPage'));
const RequestDetailPage = lazy(() => import('./pages/RequestDetailPage'));
const PrintPage = lazy(() => import('./request/PrintPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

const page = (node: ReactNode) => <Suspense fallback={<PageSpinner />}>{node}</Suspense>;

export const router = createBrowserRouter([
  { path: '/login', element: page(<LoginPage />) },
  { path: '/change-password', element: page(<ChangePasswordPage />) },
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <StartPage /> },
      { path: 'apply/:templateId', element: <FillFormPage /> },
      { path: 'requests', element: <MyRequestsPage /> },
      { path: 'requests/:id', element: <RequestDetailPage /> },
      { path: 'requests/:id/print', element: <PrintPage /> },
      { path: 'inbox', element: <ApprovalCentrePage /> },
      { path: 'supervision', element: <SupervisionPage /> },
      { path: 'settings/notifications', element: <NotificationSettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
