import { describe, expect, it } from 'vitest';
import { BackupError, DbError, notFoundError } from '@signoff/db';
import { FlowError } from '@signoff/flow';
import { OrgError } from '@signoff/org';
import { isSignoffError, SchemaError } from '@signoff/schema';
import { AppError, errors, httpStatusOf, toAppErrorData } from './app-error.js';

const TEXT = { zh: '出错了', en: 'It failed' };

describe('one error shape', () => {
  it('every error class of the packages and the API is a SignoffError', () => {
    const all = [
      new AppError('conflict', 'errors.x', TEXT),
      errors.weakPassword([{ path: 'password', message: TEXT }]),
      new DbError('conflict', 'errors.conflict', TEXT),
      new BackupError('truncated', TEXT),
      new SchemaError('invalid_model', 'schema.invalidModel', TEXT),
      new FlowError('task_closed', TEXT),
      new OrgError('invalid_org', TEXT),
    ];
    for (const e of all) expect(isSignoffError(e), e.name).toBe(true);
  });

  it("an AppError's details are its field errors, and none is an empty list", () => {
    const fieldErrors = [{ path: 'password', message: TEXT }];
    expect(errors.weakPassword(fieldErrors).details).toEqual(fieldErrors);
    expect(errors.forbidden().details).toEqual([]);
  });

  it('a BackupError keys its message by its code', () => {
    expect(new BackupError('not_empty', TEXT).messageKey).toBe('errors.backup.not_empty');
  });
});

describe('toAppErrorData', () => {
  it('passes an AppError through as the client has always read it', () => {
    const fieldErrors = [{ path: 'users:5', message: TEXT }];
    expect(
      toAppErrorData(new AppError('validation_failed', 'errors.importRefused', TEXT, fieldErrors)),
    ).toEqual({
      code: 'validation_failed',
      messageKey: 'errors.importRefused',
      message: TEXT,
      fieldErrors,
    });
    expect(toAppErrorData(errors.forbidden())).not.toHaveProperty('fieldErrors');
  });

  it("reads a package error's `localized` and maps its code", () => {
    expect(toAppErrorData(notFoundError({ zh: '部门', en: 'The department' }))).toEqual({
      code: 'not_found',
      messageKey: 'errors.notFound',
      message: { zh: '部门不存在', en: 'The department was not found' },
    });
    expect(toAppErrorData(new BackupError('truncated', TEXT))).toEqual({
      code: 'bad_request',
      messageKey: 'errors.backup.truncated',
      message: TEXT,
    });
    expect(toAppErrorData(new FlowError('task_closed', TEXT))).toEqual({
      code: 'conflict',
      messageKey: 'flow.taskClosed',
      message: TEXT,
    });
  });

  it('no longer reads the retired `messages`: such an error is internal, its text kept from the person', () => {
    const old = Object.assign(new Error('SELECT secret'), { code: 'conflict', messages: TEXT });
    expect(toAppErrorData(old)).toEqual({
      code: 'internal',
      messageKey: 'errors.internal',
      message: {
        zh: '服务器内部错误，请稍后重试',
        en: 'Something went wrong on the server; please try again',
      },
    });
  });
});

describe('httpStatusOf', () => {
  it('gives one status per code on every plain-HTTP surface, 413 for a file over the limit, 500 for the rest', () => {
    expect(httpStatusOf(toAppErrorData(new AppError('conflict', 'errors.x', TEXT)))).toBe(409);
    expect(httpStatusOf(toAppErrorData(new AppError('validation_failed', 'errors.x', TEXT)))).toBe(422);
    expect(httpStatusOf(toAppErrorData(new AppError('bad_request', 'errors.fileTooLarge', TEXT)))).toBe(413);
    expect(httpStatusOf(toAppErrorData(new Error('relation "x" does not exist')))).toBe(500);
    expect(httpStatusOf({ code: 'made_up', messageKey: 'errors.x', message: TEXT })).toBe(500);
  });
});
