import type { Localized } from '@signoff/schema';
import type { Lang } from '../i18n/i18n';
import { i18n } from '../i18n/i18n';

export interface FieldErrorData {
  path: string;
  message: Localized;
}

/** What the server puts in `error.data.appError` for every failure. */
export interface AppErrorData {
  code: string;
  messageKey: string;
  message: Localized;
  fieldErrors?: FieldErrorData[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function isLocalized(v: unknown): v is Localized {
  return isRecord(v) && typeof v.zh === 'string' && typeof v.en === 'string';
}

/** Checked by shape, not `instanceof`, so it also works for errors that crossed a module copy. */
export function appErrorOf(error: unknown): AppErrorData | null {
  if (!isRecord(error) || !isRecord(error.data)) return null;
  const a = error.data.appError;
  if (!isRecord(a) || typeof a.code !== 'string' || !isLocalized(a.message)) return null;
  const fieldErrors = Array.isArray(a.fieldErrors)
    ? a.fieldErrors.filter(
        (f): f is FieldErrorData => isRecord(f) && typeof f.path === 'string' && isLocalized(f.message),
      )
    : undefined;
  return {
    code: a.code,
    messageKey: typeof a.messageKey === 'string' ? a.messageKey : `errors.${a.code}`,
    message: a.message,
    ...(fieldErrors ? { fieldErrors } : {}),
  };
}

export function isUnauthorized(error: unknown): boolean {
  return appErrorOf(error)?.code === 'unauthorized';
}

/** The sentence to show a person for any error, in their language. */
export function errorText(error: unknown, lang: Lang): string {
  const app = appErrorOf(error);
  if (app) return app.message[lang] || app.message.zh;
  // a fetch that never reached the server has no appError
  if (error instanceof TypeError) return i18n.t('errors.network');
  return i18n.t('errors.unknown');
}

/** The per-field reasons of a refused call, empty when there are none. */
export function fieldErrorsOf(error: unknown): FieldErrorData[] {
  return appErrorOf(error)?.fieldErrors ?? [];
}
