import type { Writable } from 'node:stream';
import { z } from 'zod';
import { AppError, errors } from '../trpc/app-error.js';
import type { ApiDeps } from '../trpc/context.js';
import { serviceContextFor } from '../trpc/service-context.js';
import { exportTemplates, writeInstancesWorkbook } from './instance-export.js';
import { resolveSession } from '../auth/session.js';

const query = z.object({
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
  templateKey: z.string().min(1).max(100).optional(),
});

/**
 * The streamed Excel download behind `GET /exports/requests.xlsx`: a tenant admin's session
 * cookie (a GET changes nothing, so no CSRF header), the range in the query string. Checks come
 * before the first byte, so a refusal is a clean error response, never half a file.
 */
export async function prepareInstancesDownload(
  deps: ApiDeps,
  sessionCookie: string | undefined,
  rawQuery: unknown,
) {
  const session = await resolveSession(deps, sessionCookie);
  if (!session) throw errors.unauthorized();
  const ctx = await serviceContextFor(deps, session);
  if (!ctx.viewer.isAdmin || session.mustChangePassword) throw errors.forbidden();
  const parsed = query.safeParse(rawQuery);
  if (!parsed.success) {
    throw new AppError('bad_request', 'errors.badInput', {
      zh: '导出的时间范围不正确',
      en: 'The export needs from and to as ISO instants',
    });
  }
  const input = parsed.data;
  const templates = await exportTemplates(ctx, input);
  return {
    fileName: `${input.templateKey ?? 'requests'}-${input.from.slice(0, 10)}-${input.to.slice(0, 10)}.xlsx`,
    write: (out: Writable) => writeInstancesWorkbook(ctx, input, out, templates),
  };
}
