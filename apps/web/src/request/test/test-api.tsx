import type { ReactNode } from 'react';
import { App as AntdApp } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createTRPCClient, TRPCClientError, type TRPCLink } from '@trpc/client';
import { observable } from '@trpc/server/observable';
import type { AppRouter } from '@signoff/api';
import { MemoryRouter } from 'react-router';
import { TRPCProvider } from '../../api/trpc';

export interface ApiCall {
  path: string;
  input: unknown;
}

/** Answers one procedure; throwing an `AppErrorData`-shaped value makes the call fail with it. */
export type Answer = (input: unknown) => unknown;

/** A refusal as the server sends it: `error.data.appError` with both languages. */
export function refusal(code: string, zh: string, en: string): { appError: unknown } {
  return { appError: { code, messageKey: `errors.${code}`, message: { zh, en } } };
}

class Refused extends Error {
  constructor(readonly data: { appError: unknown }) {
    super('refused');
  }
}

export const refuse = (data: { appError: unknown }): never => {
  throw new Refused(data);
};

/**
 * The real tRPC client and react-query, with the network replaced by answers per procedure, so a
 * component's calls (path and input) can be checked and the server's answers and refusals played.
 */
export function testApi(answers: Record<string, Answer> = {}) {
  const calls: ApiCall[] = [];
  const link: TRPCLink<AppRouter> = () => ({ op }) =>
    observable((observer) => {
      calls.push({ path: op.path, input: op.input });
      const answer = answers[op.path];
      Promise.resolve()
        .then(() => (answer ? answer(op.input) : null))
        .then(
          (data) => {
            observer.next({ result: { type: 'data', data } });
            observer.complete();
          },
          (e: unknown) => {
            const data = e instanceof Refused ? e.data : { appError: null };
            observer.error(TRPCClientError.from({ error: { message: 'refused', code: -32600, data } }));
          },
        );
      return () => undefined;
    });
  const client = createTRPCClient<AppRouter>({ links: [link] });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const wrap = (node: ReactNode) => (
    <AntdApp>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={client} queryClient={queryClient}>
          <MemoryRouter>{node}</MemoryRouter>
        </TRPCProvider>
      </QueryClientProvider>
    </AntdApp>
  );
  return { calls, wrap, queryClient, callsTo: (path: string) => calls.filter((c) => c.path === path) };
}
