import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout, PageSpinner } from './layout/AppLayout';

const LoginPage = lazy(() => import('./pages/LoginPage'));
const ChangePasswordPage = lazy(() => import('./pages/ChangePasswordPage'));
const ApplyPage = lazy(() => import('./pages/ApplyPage'));
const FillFormPage = lazy(() => import('./pages/FillFormPage'));
const MyRequestsPage = lazy(() => import('./pages/MyRequestsPage'));
const InboxPage = lazy(() => import('./pages/InboxPage'));
const RequestDetailPage = lazy(() => import('./pages/RequestDetailPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

const page = (node: ReactNode) => <Suspense fallback={<PageSpinner />}>{node}</Suspense>;

export const router = createBrowserRouter([
  { path: '/login', element: page(<LoginPage />) },
  { path: '/change-password', element: page(<ChangePasswordPage />) },
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <ApplyPage /> },
      { path: 'apply/:templateId', element: <FillFormPage /> },
      { path: 'requests', element: <MyRequestsPage /> },
      { path: 'requests/:id', element: <RequestDetailPage /> },
      { path: 'inbox', element: <InboxPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
