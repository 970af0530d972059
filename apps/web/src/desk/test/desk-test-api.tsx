import type { ReactNode } from 'react';
import { App as AntdApp } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createTRPCClient, TRPCClientError, type TRPCLink } from '@trpc/client';
import { observable } from '@trpc/server/observable';
import type { AppRouter } from '@signoff/api';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { TRPCProvider } from '../../api/trpc';

export interface ApiCall {
  path: string;
  input: unknown;
}

/** Answers one procedure from its input; throwing makes the call fail. */
export type Answer = (input: unknown) => unknown;

/** Where the page under test navigated to, shown so a test can read it. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

/**
 * The real tRPC client and react-query with the network replaced by answers per procedure: the
 * page's calls (path and input) can be checked, and the server's answers played back.
 */
export function deskTestApi(answers: Record<string, Answer>) {
  const calls: ApiCall[] = [];
  const link: TRPCLink<AppRouter> = () => ({ op }) =>
    observable((observer) => {
      calls.push({ path: op.path, input: op.input });
      const answer = answers[op.path];
      Promise.resolve()
        .then(() => {
          if (!answer) throw new Error(`no answer for ${op.path}`);
          return answer(op.input);
        })
        .then(
          (data) => {
            observer.next({ result: { type: 'data', data } });
            observer.complete();
          },
          (e: unknown) => observer.error(TRPCClientError.from(e instanceof Error ? e : new Error(String(e)))),
        );
      return () => undefined;
    });
  const client = createTRPCClient<AppRouter>({ links: [link] });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const wrap = (node: ReactNode, url = '/') => (
    <AntdApp>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={client} queryClient={queryClient}>
          <MemoryRouter initialEntries={[url]}>
            <Routes>
              <Route path="*" element={node} />
            </Routes>
            <LocationProbe />
          </MemoryRouter>
        </TRPCProvider>
      </QueryClientProvider>
    </AntdApp>
  );
  return { calls, wrap, callsTo: (path: string) => calls.filter((c) => c.path === path) };
}

export { screenWidth } from '../../test/screen-width';
