import { AppError } from '../trpc/app-error.js';

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
