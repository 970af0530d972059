import { AppError, fileErrors, toAppErrorData, type AppErrorData } from '@signoff/api';

export interface RestErrorReply {
  status: number;
  body: { error: AppErrorData };
}

const reply = (status: number, error: unknown): RestErrorReply => ({
  status,
  body: { error: toAppErrorData(error) },
});

/** The framework's own refusals (body parsing, multipart limits), in the API's typed error shape. */
export type FrameworkError = Error & { statusCode?: number; code?: string };

/**
 * What Fastify or @fastify/multipart throws before `handleRest` runs, answered in the same shape
 * the operations use, so a client reads one error format whatever failed. Nothing internal
 * (parser messages, stacks) reaches the caller.
 */
export function frameworkErrorReply(
  err: FrameworkError,
  context: { upload: boolean; maxUploadBytes: number; maxBodyBytes: number },
): RestErrorReply {
  const code = err.code ?? '';
  const tooManyParts =
    code === 'FST_PARTS_LIMIT' || code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT';
  if (code === 'FST_REQ_FILE_TOO_LARGE' || (context.upload && err.statusCode === 413 && !tooManyParts))
    return reply(413, fileErrors.tooLarge(context.maxUploadBytes));
  if (tooManyParts)
    return reply(
      413,
      new AppError('bad_request', 'errors.multipartTooManyParts', {
        zh: '上传内容的部分过多：只接受一个 file 文件和少量文本字段',
        en: 'Too many parts in the upload: send one `file` part and a few text fields',
      }),
    );
  if (err.statusCode === 413) {
    const mb = Math.round((context.maxBodyBytes / 1024 / 1024) * 10) / 10;
    return reply(
      413,
      new AppError('bad_request', 'errors.bodyTooLarge', {
        zh: `请求内容超过 ${mb} MB 的上限`,
        en: `The request body is larger than the ${mb} MB limit`,
      }),
    );
  }
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || err.statusCode === 415 || err.statusCode === 406)
    return reply(
      415,
      new AppError('bad_request', 'errors.unsupportedMediaType', {
        zh: context.upload
          ? '请以 multipart/form-data 上传文件（file 部分）'
          : '请求内容须为 JSON（content-type: application/json）',
        en: context.upload
          ? 'Upload the file as multipart/form-data (a `file` part)'
          : 'The request body must be JSON (content-type: application/json)',
      }),
    );
  if (err.statusCode === 400 || err instanceof SyntaxError)
    return reply(
      400,
      new AppError(
        'bad_request',
        context.upload ? 'errors.multipartMalformed' : 'errors.malformedJson',
        context.upload
          ? {
              zh: '上传内容格式不正确，无法读取',
              en: 'The multipart upload is malformed and could not be read',
            }
          : { zh: '请求体不是有效的 JSON', en: 'The request body is not valid JSON' },
      ),
    );
  // unknown: the typed "internal" error, which carries no detail
  return reply(500, err);
}
