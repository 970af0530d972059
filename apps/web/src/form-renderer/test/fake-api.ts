import { createTRPCClient, TRPCClientError, type TRPCLink } from '@trpc/client';
import { observable } from '@trpc/server/observable';
import type { AppRouter } from '@signoff/api';

export type Handler = (input: unknown) => unknown;

export interface FakeApi {
  client: ReturnType<typeof createTRPCClient<AppRouter>>;
  /** every call in order: procedure path and input */
  calls: { path: string; input: unknown }[];
  handlers: Record<string, Handler>;
}

/** An API failure exactly as the server sends it: `error.data.appError` with zh/en text. */
export function apiError(code: string, httpStatus: number, message = { zh: '出错了', en: 'Failed' }, fieldErrors?: { path: string; message: { zh: string; en: string } }[]) {
  return TRPCClientError.from({
    error: {
      code: -32000,
      message: message.en,
      data: { code: code.toUpperCase(), httpStatus, appError: { code, messageKey: `errors.${code}`, message, ...(fieldErrors ? { fieldErrors } : {}) } },
    },
  });
}

/**
 * A tRPC client answering from handlers instead of a server, so components run their real
 * queries and mutations. A handler may throw `apiError(…)` or return a promise.
 */
export function fakeApi(handlers: Record<string, Handler> = {}): FakeApi {
  const calls: FakeApi['calls'] = [];
  const link: TRPCLink<AppRouter> = () => ({ op }) =>
    observable((observer) => {
      calls.push({ path: op.path, input: op.input });
      Promise.resolve()
        .then(() => {
          const handler = handlers[op.path];
          if (!handler) throw new Error(`no fake handler for ${op.path}`);
          return handler(op.input);
        })
        .then((data) => {
          observer.next({ result: { type: 'data', data } });
          observer.complete();
        })
        .catch((e: unknown) => observer.error(TRPCClientError.from(e instanceof Error ? e : new Error(String(e)))));
      return () => undefined;
    });
  return { client: createTRPCClient<AppRouter>({ links: [link] }), calls, handlers };
}
