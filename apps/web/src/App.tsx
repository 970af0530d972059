import { useMemo } from 'react';
import { ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { createQueryClient } from './api/query-client';
import { createApiClient, TRPCProvider } from './api/trpc';
import { prefetchForPath } from './boot-prefetch';
import { useLang } from './i18n/use-lang';
import { SessionExpiry, sessionExpired } from './layout/SessionExpiry';
import { AppRoutes } from './router';
import { THEME } from './theme';

const queryClient = createQueryClient(sessionExpired);
const trpcClient = createApiClient();
prefetchForPath(window.location.pathname, queryClient, trpcClient);
const forgetCachedData = () => queryClient.clear();

export function App() {
  const { lang } = useLang();
  const locale = lang === 'en' ? enUS : zhCN;
  useMemo(() => dayjs.locale(lang === 'en' ? 'en' : 'zh-cn'), [lang]);
  return (
    <ConfigProvider locale={locale} theme={THEME}>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <BrowserRouter>
            <SessionExpiry onExpired={forgetCachedData} />
            <AppRoutes />
          </BrowserRouter>
        </TRPCProvider>
      </QueryClientProvider>
    </ConfigProvider>
  );
}
