import { beforeEach, describe, expect, it } from 'vitest';
import { localDraftKey, markResume, readLocalDraft, removeLocalDraft, writeLocalDraft } from './local-draft';
import { pickDraft } from './pick-draft';

const key = localDraftKey('t-1', 'u-1', 'tpl-1');

beforeEach(() => localStorage.clear());

describe('local draft', () => {
  it('is kept per tenant, user and form', () => {
    writeLocalDraft(key, { data: { reason: '有事' }, savedAt: '2026-05-04T02:00:00.000Z', versionId: 'v1' });
    expect(readLocalDraft(key)?.data).toEqual({ reason: '有事' });
    expect(readLocalDraft(localDraftKey('t-1', 'u-2', 'tpl-1'))).toBeNull();
    expect(readLocalDraft(localDraftKey('t-2', 'u-1', 'tpl-1'))).toBeNull();
    removeLocalDraft(key);
    expect(readLocalDraft(key)).toBeNull();
  });

  it('ignores what is not a draft rather than failing', () => {
    localStorage.setItem(key, '{not json');
    expect(readLocalDraft(key)).toBeNull();
    localStorage.setItem(key, JSON.stringify({ data: 'x' }));
    expect(readLocalDraft(key)).toBeNull();
  });

  it('can be marked to come back after a new login', () => {
    writeLocalDraft(key, { data: { a: 1 }, savedAt: '2026-05-04T02:00:00.000Z', versionId: 'v1' });
    markResume(key);
    expect(readLocalDraft(key)?.resume).toBe(true);
  });
});

describe('pickDraft', () => {
  const local = { data: { a: 1 }, savedAt: '2026-05-04T02:00:00.000Z', versionId: 'v1' };
  const server = { data: { a: 2 }, savedAt: '2026-05-04T03:00:00.000Z', versionId: 'v1' };

  it('offers the newer of this device and the server', () => {
    expect(pickDraft(local, server, 'v1')?.data).toEqual({ a: 2 });
    expect(pickDraft({ ...local, savedAt: '2026-05-04T04:00:00.000Z' }, server, 'v1')?.source).toBe('local');
    expect(pickDraft(null, null, 'v1')).toBeNull();
    expect(pickDraft({ ...local, data: {} }, undefined, 'v1')).toBeNull();
  });

  it('says when the draft belongs to an older version of the form, and when to restore without asking', () => {
    expect(pickDraft(null, { ...server, versionId: 'v0' }, 'v1')?.otherVersion).toBe(true);
    expect(pickDraft({ ...local, resume: true, savedAt: '2026-05-05T00:00:00.000Z' }, server, 'v1')?.resume).toBe(true);
  });
});
