import { AppError, type FieldErrorMessage } from '../trpc/app-error.js';

/** A refusal of an uploaded file the person can act on (empty, unreadable, too large …), in zh and en. */
export const badFile = (key: string, zh: string, en: string) => new AppError('bad_request', key, { zh, en });

/**
 * The bytes of a file sent as base64 in a JSON body (the org and history imports), with or without a
 * `data:` URL prefix; anything that is not base64 is refused rather than decoded to garbage.
 */
export function decodeBase64Upload(s: string): Uint8Array {
  const body = s.replace(/^data:[^,]*,/, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(body))
    throw badFile(
      'errors.importUnreadable',
      '无法读取文件：内容不是有效的 base64',
      'The file could not be read: its content is not valid base64',
    );
  return Buffer.from(body, 'base64');
}

/** A problem of an uploaded workbook, named by its sheet and line. */
export interface FileLineProblem {
  sheet: string;
  line: number;
  message: FieldErrorMessage['message'];
}

/**
 * The refusal of a whole file (the org and history imports): every problem, each named by its sheet
 * and line (`users:5`), under the import's own message key.
 */
export function fileRefused(messageKey: string, problems: readonly FileLineProblem[]): AppError {
  const n = problems.length;
  const fieldErrors: FieldErrorMessage[] = problems.map((p) => ({
    path: `${p.sheet}:${p.line}`,
    message: p.message,
  }));
  return new AppError(
    'validation_failed',
    messageKey,
    {
      zh: `导入被拒绝：文件中有 ${n} 处问题，未写入任何数据。请改正后重新导入。`,
      en: `The import was refused: the file has ${n} problem${n === 1 ? '' : 's'} and nothing was written. Fix them and import again.`,
    },
    fieldErrors,
  );
}
