import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTenantByCode, getCurrentVersion, withAppRole, withTenant } from '@signoff/db';
import { testBackends } from '@signoff/db/testing';
import { toAppErrorData, type AppErrorData } from '../trpc/app-error.js';
import { createTenant } from '../tenants/tenant-admin.js';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';

const refusal = (p: Promise<unknown>): Promise<AppErrorData | null> =>
  p.then(
    () => null,
    (e: unknown) => toAppErrorData(e instanceof Error && e.cause ? e.cause : e),
  );

type Api = Awaited<ReturnType<TestBrowser['api']>>;
type DraftAnswer = Awaited<ReturnType<Api['forms']['draft']>>;

/** What the designer sends back when it saves a draft it was handed unchanged. */
const saveBack = (api: Api, d: DraftAnswer) =>
  api.forms.saveDraft({
    templateId: d.templateId,
    key: d.key,
    title: d.title,
    serialPrefix: d.serialPrefix,
    draft: d.draft as { model: Record<string, unknown>; flow: Record<string, unknown> },
  });

const modelOf = (d: { draft: unknown }) => (d.draft as { model: { fields: { key: string }[] } }).model;

describe.each(testBackends())(
  'the designer API: drafts of published forms, old versions, types, on %s',
  (kind) => {
    let h: Harness;
    let admin: Api;
    let zhang: Api;
    let leaveId = '';
    let demoTenantId = '';
    const as = async (login: string, password?: string, tenant?: string): Promise<Api> => {
      const b = h.browser();
      await b.login(login, password, tenant);
      return b.api();
    };

    beforeAll(async () => {
      h = await createHarness(kind);
      admin = await as('admin');
      zhang = await as('zhang.san');
      leaveId = (await admin.forms.listPublished()).find((f) => f.key === 'leave')!.templateId;
      demoTenantId = (await withAppRole(h.deps.db, (tx) => findTenantByCode(tx, 'demo')))!.id;
    });
    afterAll(() => h.t.dispose());

    it('opens a form published without a draft on its current version, ready to save back and publish', async () => {
      const published = await admin.forms.get({ templateId: leaveId });
      const d = await admin.forms.draft({ templateId: leaveId });
      expect(d).toMatchObject({
        templateId: leaveId,
        key: 'leave',
        serialPrefix: 'QJ',
        basedOnVersion: 1,
        updatedAt: null,
        problems: [],
      });
      expect(modelOf(d)).toEqual(published.model);
      expect((d.draft as { flow: { nodes: unknown[] } }).flow.nodes.length).toBeGreaterThan(1);

      expect((await saveBack(admin, d)).problems).toEqual([]);
      const saved = await admin.forms.draft({ templateId: leaveId });
      expect(saved.basedOnVersion).toBe(1);
      expect(saved.draft).toEqual(d.draft);
      expect(saved.updatedAt).not.toBeNull();

      expect(await admin.forms.publish({ templateId: leaveId })).toMatchObject({ version: 2 });
      expect((await admin.forms.get({ templateId: leaveId })).model).toEqual(published.model);
      // what was just published is what the next edits start from
      expect((await admin.forms.draft({ templateId: leaveId })).basedOnVersion).toBe(2);
    });

    it('keeps a catalog template’s serial pattern when it is republished from the designer', async () => {
      await admin.catalog.import({ catalog: 'small-company', flows: ['请休假管理'], createMissing: true });
      const templateId = (await admin.forms.listPublished()).find((f) => f.key === 'sc_leave')!.templateId;
      const patternNow = () =>
        withTenant(
          h.deps.db,
          demoTenantId,
          async (tx) => (await getCurrentVersion(tx, demoTenantId, templateId))?.serialPattern,
        );
      const before = await patternNow();
      expect(before).toMatchObject({ prefix: 'QJ', dateParts: 'YYYYMM' });

      const d = await admin.forms.draft({ templateId });
      expect(d.basedOnVersion).toBe(1);
      expect((await saveBack(admin, d)).problems).toEqual([]);
      expect(await admin.forms.publish({ templateId })).toMatchObject({ version: 2 });
      expect(await patternNow()).toEqual(before);
    });

    it('a form that was never published has no base version until it is', async () => {
      const model = {
        modelVersion: 1,
        key: 'note',
        title: { zh: '便签', en: 'Note' },
        fields: [{ key: 'text', type: 'text', label: { zh: '内容', en: 'Text' } }],
      };
      const flow = {
        key: 'note',
        nodes: [
          { id: 'start', type: 'start', name: { zh: '发起', en: 'Start' } },
          { id: 'end', type: 'end', name: { zh: '结束', en: 'End' } },
        ],
        edges: [{ id: 'e1', from: 'start', to: 'end' }],
      };
      const { templateId } = await admin.forms.saveDraft({
        key: 'note',
        title: model.title,
        serialPrefix: 'BQ',
        draft: { model, flow },
      });
      expect((await admin.forms.draft({ templateId })).basedOnVersion).toBeNull();
      expect(await refusal(admin.forms.types({ templateId }))).toMatchObject({
        code: 'not_found',
        message: { zh: expect.stringContaining('尚未发布') as unknown },
      });
      await admin.forms.publish({ templateId });
      expect((await admin.forms.draft({ templateId })).basedOnVersion).toBe(1);
    });

    it('hands out an older version in the draft shape, so it can be restored as the draft', async () => {
      const edited = await admin.forms.draft({ templateId: leaveId });
      const fields = [
        ...modelOf(edited).fields,
        { key: 'handover', type: 'text', label: { zh: '工作交接人', en: 'Handover to' } },
      ];
      const draft = edited.draft as { model: Record<string, unknown>; flow: Record<string, unknown> };
      await admin.forms.saveDraft({
        templateId: leaveId,
        key: 'leave',
        title: edited.title,
        serialPrefix: 'QJ',
        draft: { ...draft, model: { ...draft.model, fields } },
      });
      expect(await admin.forms.publish({ templateId: leaveId })).toMatchObject({ version: 3 });

      const v1 = await admin.forms.version({ templateId: leaveId, version: 1 });
      expect(v1).toMatchObject({
        templateId: leaveId,
        key: 'leave',
        version: 1,
        current: false,
        basedOnVersion: 1,
        problems: [],
      });
      expect(modelOf(v1).fields.map((f) => f.key)).not.toContain('handover');
      expect((await admin.forms.version({ templateId: leaveId, version: 3 })).current).toBe(true);

      expect((await saveBack(admin, v1)).problems).toEqual([]);
      expect(
        modelOf(await admin.forms.draft({ templateId: leaveId })).fields.map((f) => f.key),
      ).not.toContain('handover');
      expect(await admin.forms.publish({ templateId: leaveId })).toMatchObject({ version: 4 });
      expect((await zhang.forms.get({ templateId: leaveId })).model).toEqual(modelOf(v1));
    });

    it('lists each version with who published it, by name, and when', async () => {
      const list = await admin.forms.versions({ templateId: leaveId });
      expect(list.map((v) => v.version)).toEqual([4, 3, 2, 1]);
      expect(list.map((v) => v.publishedByName)).toEqual(['管理员', '管理员', '管理员', null]);
      expect(list[0]).toMatchObject({ current: true, publishedBy: 'u-admin' });
      // version 1 was published by the demo seed, not by a person
      expect(list[3]).toMatchObject({ current: false, publishedBy: null });
      for (const v of list) expect(Date.parse(v.publishedAt)).not.toBeNaN();
    });

    it('says in both languages that a version does not exist', async () => {
      const e = await refusal(admin.forms.version({ templateId: leaveId, version: 99 }));
      expect(e).toMatchObject({
        code: 'not_found',
        message: { zh: '表单的第 99 版不存在', en: 'Version 99 of the form was not found' },
      });
    });

    it('gives the current version’s TypeScript types and the JSON Schema submissions are checked with', async () => {
      const form = await zhang.forms.get({ templateId: leaveId });
      const types = await zhang.forms.types({ templateId: leaveId });
      expect(types.fileName).toBe(`leave.v${form.version}.d.ts`);
      expect(types.jsonSchema).toEqual(form.schema);
      expect(types.jsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(types.typescript).toContain('export interface Leave {');
      for (const key of Object.keys(form.schema.properties ?? {}))
        expect(types.typescript).toMatch(new RegExp(`\\b${key}\\??:`));
    });

    it('keeps the design to editors and the types to those who may submit', async () => {
      // members are authors of a form nobody was granted anything on: they submit, they do not design
      expect((await refusal(zhang.forms.draft({ templateId: leaveId })))?.code).toBe('forbidden');
      expect((await refusal(zhang.forms.version({ templateId: leaveId, version: 1 })))?.code).toBe(
        'forbidden',
      );

      await admin.templates.grant({
        targetType: 'template',
        targetId: leaveId,
        principalType: 'user',
        principalId: 'u-li',
        level: 'editor',
      });
      const li = await as('li.si');
      expect((await li.forms.draft({ templateId: leaveId })).key).toBe('leave');
      expect((await li.forms.version({ templateId: leaveId, version: 2 })).version).toBe(2);
      expect(await li.forms.publish({ templateId: leaveId })).toMatchObject({ version: 5 });
      expect((await li.forms.versions({ templateId: leaveId }))[0]).toMatchObject({
        version: 5,
        publishedByName: '李四',
      });
      expect((await li.forms.types({ templateId: leaveId })).fileName).toMatch(/^leave\.v\d+\.d\.ts$/);
      // with a grant on the form, 张三 holds none: no types either
      expect((await refusal(zhang.forms.types({ templateId: leaveId })))?.code).toBe('forbidden');
      // nor the form to fill: forms.get asks what instances.submit asks
      expect((await refusal(zhang.forms.get({ templateId: leaveId })))?.code).toBe('forbidden');
      expect((await li.forms.get({ templateId: leaveId })).key).toBe('leave');
    });

    it('finds nothing of another company', async () => {
      const created = await createTenant(h.deps, {
        code: 'beta',
        name: '贝塔建设有限公司',
        adminLogin: 'beta.admin',
        adminName: '贝塔管理员',
      });
      const b = h.browser('10.0.0.2');
      await b.login('beta.admin', created.temporaryPassword, 'beta');
      await (
        await b.api()
      ).auth.changePassword({ currentPassword: created.temporaryPassword, newPassword: 'Bright-canyon-72' });
      const beta = await b.api();
      for (const call of [
        () => beta.forms.draft({ templateId: leaveId }),
        () => beta.forms.version({ templateId: leaveId, version: 1 }),
        () => beta.forms.types({ templateId: leaveId }),
      ]) {
        expect((await refusal(call()))?.code).toBe('not_found');
      }
    });
  },
);
