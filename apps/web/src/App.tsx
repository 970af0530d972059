import { useMemo } from 'react';
import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { createQueryClient } from './api/query-client';
import { createApiClient, TRPCProvider } from './api/trpc';
import { useLang } from './i18n/use-lang';
import { router } from './router';

const queryClient = createQueryClient(() => {
  if (router.state.location.pathname === '/login') return;
  queryClient.clear();
  void router.navigate('/login', { replace: true, state: { from: router.state.location.pathname } });
});
const trpcClient = createApiClient();

export function App() {
  const { lang } = useLang();
  const locale = lang === 'en' ? enUS : zhCN;
  useMemo(() => dayjs.locale(lang === 'en' ? 'en' : 'zh-cn'), [lang]);
  return (
    <ConfigProvider locale={locale} theme={{ token: { colorPrimary: '#0958d9', colorInfo: '#0958d9', colorError: '#cf1322', colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)', borderRadius: 8, colorTextSecondary: 'rgba(0, 0, 0, 0.65)', colorTextTertiary: 'rgba(0, 0, 0, 0.62)', colorTextDescription: 'rgba(0, 0, 0, 0.62)' } }}>
      <AntdApp>
        <QueryClientProvider client={queryClient}>
          <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
            <RouterProvider router={router} />
          </TRPCProvider>
        </QueryClientProvider>
      </AntdApp>
    </ConfigProvider>
  );
}
