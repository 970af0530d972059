import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, toAppErrorData, type AppErrorData } from '@signoff/api';
import { frameworkErrorReply } from './rest-errors.js';

/**
 * What Fastify and Node refuse before any route of ours runs, in the one typed error shape
 * (issue 16): a body over the limit or not JSON on /trpc, and a request whose headers or URL
 * overflow Node's parser. Before, these answered Fastify's untyped body or a bare 431.
 */
export function rootErrorHandler(maxBodyBytes: number) {
  return (err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    const answer = frameworkErrorReply(err, { upload: false, maxUploadBytes: 0, maxBodyBytes });
    if (answer.status >= 500) req.log.error({ err }, 'request failed');
    const body = req.url.startsWith('/trpc') ? asTrpcBody(answer.body.error, answer.status) : answer.body;
    return reply.code(answer.status).send(body);
  };
}

/** The shape the tRPC client reads (`error.data.appError`), as the procedures' errors have it. */
const asTrpcBody = (appError: AppErrorData, httpStatus: number) => ({
  error: {
    message: appError.message.en,
    code: -32600,
    data: { code: httpStatus === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST', httpStatus, appError },
  },
});

const headersTooLarge = () =>
  toAppErrorData(
    new AppError('bad_request', 'errors.headersTooLarge', {
      zh: '请求的地址或请求头过长（上限 16 KB），请缩短后重试',
      en: 'The request URL or headers are too long (the limit is 16 KB); shorten them and try again',
    }),
  );

const malformedRequest = () =>
  toAppErrorData(
    new AppError('bad_request', 'errors.malformedRequest', {
      zh: '请求格式不正确，无法读取',
      en: 'The request is malformed and could not be read',
    }),
  );

/**
 * Node's HTTP parser refuses a request before Fastify sees it; the answer is written to the
 * socket by hand (nothing else is left to write it), then the connection closes.
 */
export function clientErrorHandler(err: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  // a peer that went away (or timed out) has no one to read an answer
  if (err.code === 'ECONNRESET' || err.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    socket.destroy();
    return;
  }
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
  const body = JSON.stringify({ error: tooLarge ? headersTooLarge() : malformedRequest() });
  socket.end(
    `HTTP/1.1 ${status}\r\ncontent-type: application/json; charset=utf-8\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}
