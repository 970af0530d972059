import type { ReactNode } from 'react';
import { App as AntdApp } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { TRPCProvider } from '../../api/trpc';
import { fakeApi, type FakeApi } from './fake-api';

/** The app's providers around a component under test, with a fake API behind tRPC. */
export function TestProviders({ api, children, queryClient }: { api: FakeApi; children: ReactNode; queryClient?: QueryClient }) {
  const qc = queryClient ?? new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return (
    <AntdApp>
      <QueryClientProvider client={qc}>
        <TRPCProvider trpcClient={api.client} queryClient={qc}>
          {children}
        </TRPCProvider>
      </QueryClientProvider>
    </AntdApp>
  );
}

export const newApi = fakeApi;
