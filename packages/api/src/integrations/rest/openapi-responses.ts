/**
 * The refusals and rate-limit headers of the OpenAPI document, shared by every operation as
 * `components/responses` and `components/headers` (each with an example body of the Error shape).
 */
import { REST_OPERATIONS } from './rest-operations.js';

type Json = Record<string, unknown>;

export const ERROR_RESPONSES: Record<string, { name: string; description: string }> = {
  '400': {
    name: 'BadRequest',
    description:
      'The request cannot be processed as sent (malformed JSON, an action the step does not allow …)',
  },
  '401': { name: 'Unauthorized', description: 'The API token is missing, invalid or revoked' },
  '403': {
    name: 'Forbidden',
    description: 'The token lacks the scope (details.requiredScope), or the user may not do this',
  },
  '404': { name: 'NotFound', description: "No such endpoint, or nothing of that id in the token's tenant" },
  '409': {
    name: 'Conflict',
    description: 'The request changed meanwhile, or a request with this Idempotency-Key is still running',
  },
  '413': { name: 'PayloadTooLarge', description: 'The file is larger than the attachment limit' },
  '422': {
    name: 'UnprocessableEntity',
    description: 'Input that fails validation, each problem named in fieldErrors',
  },
  '429': {
    name: 'TooManyRequests',
    description: "Over the token's rate limit; retry after Retry-After seconds",
  },
};

export const RATE_HEADERS = {
  'RateLimit-Limit': { $ref: '#/components/headers/RateLimitLimit' },
  'RateLimit-Remaining': { $ref: '#/components/headers/RateLimitRemaining' },
  'RateLimit-Reset': { $ref: '#/components/headers/RateLimitReset' },
};

/** `components/responses`: one per refusal status any operation declares, all with the Error body. */
export function errorResponses(): Json {
  const used = new Set<string>(['401', '429']);
  for (const op of REST_OPERATIONS) for (const e of op.errors) used.add(String(e));
  return Object.fromEntries(
    Object.entries(ERROR_RESPONSES)
      .filter(([status]) => used.has(status))
      .map(([status, r]) => [
        r.name,
        {
          description: r.description,
          headers:
            status === '401'
              ? { 'WWW-Authenticate': { description: 'Bearer', schema: { type: 'string' } } }
              : status === '429'
                ? { ...RATE_HEADERS, 'Retry-After': { $ref: '#/components/headers/RetryAfter' } }
                : RATE_HEADERS,
          content: {
            'application/json': {
              schema: { $ref: '#/components/schemas/Error' },
              example: ERROR_EXAMPLES[status],
            },
          },
        },
      ]),
  );
}

const err = (code: string, messageKey: string, zh: string, en: string, extra: Json = {}) => ({
  error: { code, messageKey, message: { zh, en }, ...extra },
});
const ERROR_EXAMPLES: Record<string, Json> = {
  '400': err(
    'bad_request',
    'errors.malformedJson',
    '请求体不是有效的 JSON',
    'The request body is not valid JSON',
  ),
  '401': err(
    'unauthorized',
    'errors.badToken',
    'API 令牌缺失、无效或已吊销',
    'The API token is missing, invalid or revoked',
  ),
  '403': err(
    'forbidden',
    'errors.tokenScope',
    '此 API 令牌没有「submit」权限范围，无法调用该接口',
    'This API token lacks the "submit" scope this operation needs',
    { details: { requiredScope: 'submit' } },
  ),
  '404': err('not_found', 'errors.notFound', '申请不存在', 'The request was not found'),
  '409': err(
    'conflict',
    'errors.idempotencyKeyInProgress',
    '使用此 Idempotency-Key 的请求仍在处理中，请稍后重试',
    'A request with this Idempotency-Key is still being processed; retry shortly',
  ),
  '413': err('bad_request', 'errors.fileTooLarge', '文件超过 20 MB', 'The file is larger than 20 MB'),
  '422': err(
    'validation_failed',
    'errors.invalidForm',
    '表单填写有误，请检查标出的字段',
    'Some fields need attention; see the marked fields',
    {
      fieldErrors: [
        { path: 'days', message: { zh: '请假天数不能小于 0.5', en: 'Days must be at least 0.5' } },
      ],
    },
  ),
  '429': err(
    'too_many_requests',
    'errors.tooManyRequests',
    '请求过于频繁，请 12 秒后再试',
    'Too many requests; try again in 12 seconds',
    { details: { retryAfterSeconds: 12 } },
  ),
};
