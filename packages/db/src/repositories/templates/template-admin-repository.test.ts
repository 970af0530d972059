import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  insertTemplateCopy,
  listDesignTemplates,
  setTemplateArchived,
  setTemplateTitle,
  takenTemplateKeys,
  templateArchivedAt,
} from './template-admin-repository.js';
import { saveDraft } from './template-draft-repository.js';
import { getCurrentVersion, publishTemplateVersion } from './template-repository.js';
import { createTestDatabase, testBackends, type TestDatabase } from '../../testing.js';
import { withPlatform, withTenant } from '../../core/tenant-scope.js';
import { insertTenant } from '../tenants/tenant-repository.js';

const model = { modelVersion: 1, key: 'leave', title: { zh: '请假', en: 'Leave' }, fields: [] };
const flow = { key: 'leave', nodes: [], edges: [] };
const title = { zh: '请假', en: 'Leave' };
const AT = '2026-11-24T02:00:00.000Z';

describe.each(testBackends())('the designers’ template rows on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    await withPlatform(t.db, async (tx) => {
      await insertTenant(tx, { id: 'ta', code: 'alpha', name: 'Alpha' });
      await insertTenant(tx, { id: 'tb', code: 'beta', name: 'Beta' });
    });
    await withTenant(t.db, 'ta', async (tx) => {
      await publishTemplateVersion(tx, 'ta', {
        templateId: 'leave',
        versionId: 'v1',
        key: 'leave',
        title,
        serialPrefix: 'QJ',
        formModel: model,
        formSchema: {},
        uiSchema: {},
        flow,
      });
      await insertTemplateCopy(tx, 'ta', {
        templateId: 'copy',
        key: 'leave_copy',
        title,
        serialPrefix: 'QJ',
        folderId: 'f1',
        draft: { model, flow },
        at: AT,
        by: 'u1',
      });
    });
  });
  afterAll(() => t.dispose());

  const list = (archived = false) =>
    withTenant(t.db, 'ta', (tx) => listDesignTemplates(tx, 'ta', { archived }));

  it('lists published and draft-only templates with what waits to be published', async () => {
    expect(await list()).toEqual([
      {
        templateId: 'leave',
        key: 'leave',
        title,
        folderId: null,
        publishedVersion: 1,
        hasDraft: false,
        unpublishedChanges: false,
        draftUpdatedAt: null,
        draftUpdatedBy: null,
        archivedAt: null,
        archivedBy: null,
      },
      {
        templateId: 'copy',
        key: 'leave_copy',
        title,
        folderId: 'f1',
        publishedVersion: null,
        hasDraft: true,
        unpublishedChanges: true,
        draftUpdatedAt: AT,
        draftUpdatedBy: 'u1',
        archivedAt: null,
        archivedBy: null,
      },
    ]);
    // a draft equal to the current version has nothing to publish; a changed one has
    await withTenant(t.db, 'ta', (tx) =>
      saveDraft(tx, 'ta', {
        templateId: 'leave',
        key: 'leave',
        title,
        serialPrefix: 'QJ',
        draft: { model, flow, basedOnVersion: 1 },
        at: AT,
        by: 'u1',
      }),
    );
    expect((await list())[0]).toMatchObject({ hasDraft: true, unpublishedChanges: false });
    await withTenant(t.db, 'ta', (tx) =>
      saveDraft(tx, 'ta', {
        templateId: 'leave',
        key: 'leave',
        title,
        serialPrefix: 'QJ',
        draft: { model: { ...model, title: { zh: '休假', en: 'Time off' } }, flow },
        at: AT,
        by: 'u1',
      }),
    );
    expect((await list())[0]).toMatchObject({ unpublishedChanges: true });
  });

  it('archives and restores; archived rows are listed only when asked and carry the time into the version row', async () => {
    expect(
      await withTenant(t.db, 'ta', (tx) => setTemplateArchived(tx, 'ta', 'leave', { at: AT, by: 'u1' })),
    ).toBe(true);
    expect((await list()).map((r) => r.templateId)).toEqual(['copy']);
    expect((await list(true)).find((r) => r.templateId === 'leave')).toMatchObject({
      archivedAt: AT,
      archivedBy: 'u1',
    });
    expect(await withTenant(t.db, 'ta', (tx) => templateArchivedAt(tx, 'ta', 'leave'))).toBe(AT);
    expect((await withTenant(t.db, 'ta', (tx) => getCurrentVersion(tx, 'ta', 'leave')))?.archivedAt).toBe(AT);
    await withTenant(t.db, 'ta', (tx) => setTemplateArchived(tx, 'ta', 'leave', null));
    expect(
      (await withTenant(t.db, 'ta', (tx) => getCurrentVersion(tx, 'ta', 'leave')))?.archivedAt,
    ).toBeNull();
  });

  it('another tenant neither sees, renames, archives nor finds the keys of these templates', async () => {
    await withTenant(t.db, 'tb', async (tx) => {
      expect(await listDesignTemplates(tx, 'tb', { archived: true })).toEqual([]);
      // even naming tenant A in the query: row-level security answers for the bound tenant only
      expect(await listDesignTemplates(tx, 'ta', { archived: true })).toEqual([]);
      expect(await setTemplateTitle(tx, 'ta', 'leave', { zh: '越权', en: 'Foreign' })).toBe(false);
      expect(await setTemplateArchived(tx, 'ta', 'leave', { at: AT, by: 'x' })).toBe(false);
      expect(await templateArchivedAt(tx, 'ta', 'leave')).toBeUndefined();
      expect(await takenTemplateKeys(tx, 'ta', ['leave', 'leave_copy'])).toEqual(new Set());
    });
    expect(
      await withTenant(t.db, 'ta', (tx) =>
        takenTemplateKeys(tx, 'ta', ['leave', 'leave_copy', 'leave_copy2']),
      ),
    ).toEqual(new Set(['leave', 'leave_copy']));
    expect((await list())[0]?.title).toEqual(title);
  });
});
