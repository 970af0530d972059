import type { ReactElement } from 'react';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { TRPCProvider } from '../../src/api/trpc';
import { createFormStore, FormRenderer } from '../../src/form-renderer';
import type { BenchFixture } from './fixture';
import { localTrpcClient } from './local-trpc';

/** The API the page is built against; the runner prints it beside the figures. */
export const SIGNOFF_API = 'createFormStore + FormRenderer (per-field store)';

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });

/** The store is made inside the timed render, as the fill page makes it once the form has loaded. */
export function signoffForm(fx: BenchFixture): ReactElement {
  const store = createFormStore({
    model: fx.model,
    schema: fx.schema,
    uiSchema: fx.uiSchema,
    initial: fx.data,
  });
  return (
    <ConfigProvider locale={zhCN}>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={localTrpcClient} queryClient={queryClient}>
          <FormRenderer store={store} />
        </TRPCProvider>
      </QueryClientProvider>
    </ConfigProvider>
  );
}

export function signoffInput(key: string): HTMLInputElement | null {
  return document.getElementById(key) as HTMLInputElement | null;
}
