import type { Localized, SignoffError } from '@signoff/schema';

export type { Localized };

export interface FieldErrorMessage {
  path: string;
  message: Localized;
}

export type AppErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_many_requests'
  | 'unavailable'
  | 'validation_failed'
  | 'internal';

/**
 * The one error shape a client ever sees: a code, a message key and the text in both languages,
 * on the packages' `SignoffError` shape. `details` and `fieldErrors` are the same problems: the
 * first is the shape every package error shares, the second is what clients have always read.
 */
export class AppError extends Error implements SignoffError<AppErrorCode, FieldErrorMessage> {
  readonly details: readonly FieldErrorMessage[];

  constructor(
    readonly code: AppErrorCode,
    readonly messageKey: string,
    readonly localized: Localized,
    readonly fieldErrors?: FieldErrorMessage[],
  ) {
    super(localized.en);
    this.name = 'AppError';
    this.details = fieldErrors ?? [];
  }
}

export interface AppErrorData {
  code: string;
  messageKey: string;
  message: Localized;
  fieldErrors?: FieldErrorMessage[];
}

const INPUT_ERROR: Localized = { zh: '请求参数不正确', en: 'The request is not well formed' };

/** Names each bad input field, so a client (or a CLI user) sees which value to fix. */
function zodFieldErrors(cause: unknown): FieldErrorMessage[] {
  const issues = (cause as { issues?: { path: PropertyKey[]; message: string }[] }).issues ?? [];
  return issues.slice(0, 20).map((i) => {
    const path = i.path.map(String).join('.');
    return {
      path,
      message: {
        zh: `「${path || '输入'}」格式不正确（${i.message}）`,
        en: `${path || 'input'}: ${i.message}`,
      },
    };
  });
}

const INTERNAL: Localized = {
  zh: '服务器内部错误，请稍后重试',
  en: 'Something went wrong on the server; please try again',
};

type LocalizedError = Error & {
  code: string;
  messageKey?: string;
  localized?: Localized;
};

/**
 * The packages' typed errors (DbError, BackupError, FlowError, OrgError, SchemaError …) all carry
 * `localized`; read by shape rather than `isSignoffError` so an error with the text but without
 * `details` (a test double, an older copy of a package) still reaches the person.
 */
function localizedText(
  e: unknown,
): { code: string; messageKey?: string | undefined; text: Localized } | null {
  if (!(e instanceof Error)) return null;
  const err = e as LocalizedError;
  const l: unknown = err.localized;
  if (typeof err.code !== 'string' || typeof l !== 'object' || l === null || !('zh' in l) || !('en' in l))
    return null;
  return { code: err.code, messageKey: err.messageKey, text: l as Localized };
}

const PACKAGE_CODES: Record<string, AppErrorCode> = {
  conflict: 'conflict',
  not_found: 'not_found',
  unavailable: 'unavailable',
  duplicate: 'conflict',
  task_not_found: 'not_found',
  not_assignee: 'forbidden',
  task_closed: 'conflict',
  instance_closed: 'conflict',
  // a withdraw that arrives just after an approval committed lost a race, like task_closed
  already_acted: 'conflict',
  reason_required: 'bad_request',
  wrong_action: 'bad_request',
  invalid_expression: 'bad_request',
  invalid_org: 'bad_request',
};

const HTTP_STATUS: Record<AppErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  validation_failed: 422,
  too_many_requests: 429,
  internal: 500,
  unavailable: 503,
};

/**
 * The HTTP status every plain-HTTP surface (REST, /files, the Excel export) answers an error
 * with: one table, so a code means the same status wherever it comes from. A file over the
 * size limit is the one refinement (413 rather than 400).
 */
export function httpStatusOf(error: AppErrorData): number {
  if (error.messageKey === 'errors.fileTooLarge') return 413;
  return (HTTP_STATUS as Record<string, number | undefined>)[error.code] ?? 500;
}

/**
 * Turns anything thrown into what the client may see. Errors of Signoff's own packages carry
 * their localized text; anything else (a driver error, a bug) becomes a generic message, so SQL
 * and stack traces stay in the server log.
 */
export function toAppErrorData(e: unknown): AppErrorData {
  if (e instanceof Error && e.name === 'ZodError') {
    return {
      code: 'bad_request',
      messageKey: 'errors.badInput',
      message: INPUT_ERROR,
      fieldErrors: zodFieldErrors(e),
    };
  }
  if (e instanceof AppError) {
    return {
      code: e.code,
      messageKey: e.messageKey,
      message: e.localized,
      ...(e.fieldErrors ? { fieldErrors: e.fieldErrors } : {}),
    };
  }
  const known = localizedText(e);
  if (known) {
    return {
      code: PACKAGE_CODES[known.code] ?? 'bad_request',
      messageKey: known.messageKey ?? `errors.${known.code}`,
      message: known.text,
    };
  }
  return { code: 'internal', messageKey: 'errors.internal', message: INTERNAL };
}

export const errors = {
  unauthorized: () =>
    new AppError('unauthorized', 'errors.unauthorized', { zh: '请先登录', en: 'Please log in first' }),
  foreignOrigin: () =>
    new AppError('forbidden', 'errors.foreignOrigin', {
      zh: '请求来自其他网站，已拒绝；请在 Signoff 页面内操作',
      en: 'The request came from another site and was refused; use Signoff itself',
    }),
  csrf: () =>
    new AppError('forbidden', 'errors.csrf', {
      zh: '请求校验失败，请刷新页面后重试',
      en: 'The request could not be verified; reload the page and try again',
    }),
  badLogin: () =>
    new AppError('unauthorized', 'errors.badLogin', {
      zh: '企业代码、账号或密码不正确',
      en: 'The company code, login or password is not correct',
    }),
  tooManyLogins: (seconds: number) =>
    new AppError('too_many_requests', 'errors.tooManyLogins', {
      zh: `登录尝试过多，请 ${seconds} 秒后再试`,
      en: `Too many login attempts; try again in ${seconds} seconds`,
    }),
  notFound: (what: Localized) =>
    new AppError('not_found', 'errors.notFound', { zh: `${what.zh}不存在`, en: `${what.en} was not found` }),
  passwordChangeRequired: () =>
    new AppError('forbidden', 'errors.passwordChangeRequired', {
      zh: '请先修改初始密码',
      en: 'Please change your initial password first',
    }),
  accountLocked: (seconds: number) =>
    new AppError('too_many_requests', 'errors.accountLocked', {
      zh: `连续输错密码次数过多，账号已锁定，请 ${Math.ceil(seconds / 60)} 分钟后再试`,
      en: `Too many wrong passwords; the account is locked for ${Math.ceil(seconds / 60)} more minutes`,
    }),
  weakPassword: (fieldErrors: FieldErrorMessage[]) =>
    new AppError(
      'validation_failed',
      'errors.weakPassword',
      { zh: '新密码不符合要求', en: 'The new password is not strong enough' },
      fieldErrors,
    ),
  forbidden: () =>
    new AppError('forbidden', 'errors.forbidden', {
      zh: '你没有权限执行此操作',
      en: 'You are not allowed to do this',
    }),
  invalidForm: (fieldErrors: FieldErrorMessage[]) =>
    new AppError(
      'validation_failed',
      'errors.invalidForm',
      { zh: '表单填写有误，请检查标出的字段', en: 'Some fields need attention; see the marked fields' },
      fieldErrors,
    ),
};
