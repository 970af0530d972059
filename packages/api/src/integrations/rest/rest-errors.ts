import type { ApiTokenScope } from '@signoff/db';
import {
  AppError,
  httpStatusOf,
  toAppErrorData,
  type AppErrorCode,
  type AppErrorData,
} from '../../trpc/app-error.js';
import type { RestHeaders, RestResult } from './operation.js';

/** The REST error body: the shared error shape plus `details`, the machine-readable facts of the refusal. */
export interface RestErrorBody {
  error: AppErrorData & { details?: Record<string, unknown> };
}

/** An AppError that also says, as data, what was missing (the scope, the seconds to wait …). */
export class RestError extends AppError {
  constructor(
    code: AppErrorCode,
    messageKey: string,
    localized: { zh: string; en: string },
    readonly restDetails?: Record<string, unknown>,
  ) {
    super(code, messageKey, localized);
  }
}

export const restErrors = {
  badToken: () =>
    new RestError('unauthorized', 'errors.badToken', {
      zh: 'API 令牌缺失、无效或已吊销',
      en: 'The API token is missing, invalid or revoked',
    }),
  tokenScope: (requiredScope: ApiTokenScope) =>
    new RestError(
      'forbidden',
      'errors.tokenScope',
      {
        zh: `此 API 令牌没有「${requiredScope}」权限范围，无法调用该接口`,
        en: `This API token lacks the "${requiredScope}" scope this operation needs`,
      },
      { requiredScope },
    ),
  tooManyRequests: (retryAfterSeconds: number) =>
    new RestError(
      'too_many_requests',
      'errors.tooManyRequests',
      {
        zh: `请求过于频繁，请 ${retryAfterSeconds} 秒后再试`,
        en: `Too many requests; try again in ${retryAfterSeconds} seconds`,
      },
      { retryAfterSeconds },
    ),
  unknownEndpoint: (method: string, path: string) =>
    new RestError('not_found', 'errors.unknownEndpoint', {
      zh: `接口 ${method} ${path} 不存在`,
      en: `There is no endpoint ${method} ${path}`,
    }),
  malformedJson: () =>
    new RestError('bad_request', 'errors.malformedJson', {
      zh: '请求体不是有效的 JSON',
      en: 'The request body is not valid JSON',
    }),
  badIdempotencyKey: () =>
    new RestError('validation_failed', 'errors.badIdempotencyKey', {
      zh: 'Idempotency-Key 须为 1 到 255 个可打印字符',
      en: 'The Idempotency-Key must be 1 to 255 printable characters',
    }),
  idempotencyKeyReused: () =>
    new RestError('validation_failed', 'errors.idempotencyKeyReused', {
      zh: '此 Idempotency-Key 已用于另一个不同的请求；请为新请求使用新的键',
      en: 'This Idempotency-Key was already used for a different request; use a new key for a new request',
    }),
  idempotencyKeyInProgress: () =>
    new RestError('conflict', 'errors.idempotencyKeyInProgress', {
      zh: '使用此 Idempotency-Key 的请求仍在处理中，请稍后重试',
      en: 'A request with this Idempotency-Key is still being processed; retry shortly',
    }),
  fileMissing: () =>
    new RestError('bad_request', 'errors.fileMissing', {
      zh: '请以 multipart/form-data 上传名为 file 的文件',
      en: 'Send the file as the "file" part of a multipart/form-data body',
    }),
  applicantInactive: () =>
    new RestError('not_found', 'errors.actingUserNotFound', {
      zh: '该申请的申请人已不是本企业的在职用户',
      en: 'The applicant of this request is no longer an active user of this tenant',
    }),
  userNotFound: (login: string) =>
    new RestError('not_found', 'errors.actingUserNotFound', {
      zh: `本企业没有在职用户「${login}」`,
      en: `There is no active user "${login}" in this tenant`,
    }),
};

/** The body for anything thrown: zod failures are 422 with every field path, never a stack or SQL. */
export function restErrorBody(e: unknown): { status: number; body: RestErrorBody } {
  const data = toAppErrorData(e);
  const zod = e instanceof Error && e.name === 'ZodError';
  const error: RestErrorBody['error'] = zod ? { ...data, code: 'validation_failed' } : data;
  if (e instanceof RestError && e.restDetails) error.details = e.restDetails;
  const status = httpStatusOf(error);
  return { status, body: { error } };
}

export function restErrorResult(e: unknown, headers: RestHeaders = {}): RestResult {
  const { status, body } = restErrorBody(e);
  return { status, body, headers };
}
