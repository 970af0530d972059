import { z } from 'zod';
import { AppError } from '../../trpc/app-error.js';

const cursor = z.object({ c: z.iso.datetime(), i: z.string().min(1).max(128) });

/** An opaque page cursor: the last row's submission time and id (keyset paging, newest first). */
export const encodeCursor = (last: { createdAt: string; id: string }) =>
  Buffer.from(JSON.stringify({ c: last.createdAt, i: last.id })).toString('base64url');

export function decodeCursor(text: string): { createdAt: string; id: string } {
  try {
    const parsed = cursor.parse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return { createdAt: parsed.c, id: parsed.i };
  } catch {
    throw new AppError(
      'validation_failed',
      'errors.badCursor',
      { zh: '分页游标无效', en: 'The cursor is not valid' },
      [
        {
          path: 'query.cursor',
          message: { zh: '请使用上一页返回的 nextCursor', en: "Pass the previous page's nextCursor" },
        },
      ],
    );
  }
}
