import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  getInstance,
  insertOrg,
  insertTenant,
  listPublishedTemplates,
  listTemplateSources,
  loadOrgSnapshot,
  savePosition,
  withPlatform,
  withTenant,
} from '@signoff/db';
import { createTestDatabase, testBackends, type TestDatabase } from '@signoff/db/testing';
import {
  checkTemplateFile,
  planCatalogImport,
  publishedContentHash,
  sampleSubmission,
  type Catalog,
  type OrgMapping,
} from '@signoff/catalog';
import { loadCatalog, TEMPLATES_DIR } from '@signoff/catalog/node';
import { simulateRoute, type InstanceState } from '@signoff/flow';
import { buildOrg, holderOf, staffOf, type OrgSnapshot, type OrgSpec } from '@signoff/org';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiDeps } from '../trpc/api-deps.js';
import type { ApiDeps, SessionContext } from '../trpc/context.js';
import { engineEnv } from '../instances/engine-env.js';
import { actOnInstance, submitInstance } from '../instances/instance-service.js';
import { serviceContextFor } from '../trpc/service-context.js';
import { createLoginLimits } from '../auth/login-limits.js';
import { CATALOG_DEMO_ORGS, demoOrgWithLogins } from './catalog-demo-org.js';
import { exportTemplateIn } from './export-template.js';
import { importCatalogAs, type ImportCatalogResult } from './import-catalog.js';

/** Form values a route branches on, so the one request per flow takes a branch worth running. */
const BRANCH_DATA: Record<string, Record<string, unknown>> = {
  re_vehicle: { vehicleScope: '市外' },
  re_leave: { days: 7 },
  re_seal: { amountInvolved: 500 },
  re_property_leave: { days: 8 },
  re_engineering_notice: { amountInvolved: 1200 },
  re_marketing_business: { category: '退房申请' },
  sc_leave: { days: 3, leaveType: '事假' },
  sc_marketing_business: { category: '退保证金' },
};

const loaded = async (code: string): Promise<Catalog> => {
  const c = await loadCatalog(code);
  if (!c.ok) throw new Error(JSON.stringify(c.problems));
  return c.catalog;
};

describe.each(testBackends())('catalog import on %s', (kind) => {
  let t: TestDatabase;
  let deps: ApiDeps;
  let n = 0;
  let time = Date.parse('2026-11-24T02:00:00Z');

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    deps = createApiDeps(t.db, {
      clock: () => new Date((time += 1000)),
      newId: () => `c-${++n}`,
      loginLimits: createLoginLimits(1000),
    });
  });
  afterAll(() => t.dispose());

  /** An empty tenant, optionally with an org (users without passwords: the test acts for them directly). */
  async function tenant(code: string, org?: { org: OrgSnapshot; users: Parameters<typeof insertOrg>[3] }) {
    const tenantId = `t-${code}`;
    await withPlatform(t.db, (tx) => insertTenant(tx, { id: tenantId, code, name: code }));
    if (org) await withTenant(t.db, tenantId, (tx) => insertOrg(tx, tenantId, org.org, org.users));
    return tenantId;
  }
  const session = (tenantId: string, userId: string): SessionContext => ({
    tenantId,
    userId,
    csrfToken: 'x',
    tokenHash: 'x',
  });
  const counts = (tenantId: string) =>
    withTenant(t.db, tenantId, async (tx) => ({
      templates: (await listPublishedTemplates(tx, tenantId)).length,
      versions: Number(
        (
          await tx.query<{ n: string }>(
            'SELECT count(*)::text AS n FROM template_versions WHERE tenant_id = $1',
            [tenantId],
          )
        )[0]?.n,
      ),
      positions: (await loadOrgSnapshot(tx, tenantId)).positions.length,
      audit: Number(
        (
          await tx.query<{ n: string }>('SELECT count(*)::text AS n FROM audit_log WHERE tenant_id = $1', [
            tenantId,
          ])
        )[0]?.n,
      ),
    }));

  describe.each(Object.keys(CATALOG_DEMO_ORGS))('the %s catalog', (code) => {
    let tenantId: string;
    let org: OrgSnapshot;
    let result: ImportCatalogResult;

    beforeAll(async () => {
      const demo = demoOrgWithLogins(CATALOG_DEMO_ORGS[code]!, null);
      org = demo.org;
      tenantId = await tenant(`e2e-${code}`, demo);
      result = await importCatalogAs(
        deps,
        { tenantId, userId: org.adminUserIds[0] ?? null },
        { catalog: code, createMissing: false },
      );
    });

    it('imports every template into an empty tenant with its demo org, nothing missing', async () => {
      expect(result.plan.complete).toBe(true);
      expect(result.plan.warnings).toEqual([]);
      expect(result.created).toEqual({ departments: [], positions: [], ranks: [] });
      const catalog = await loaded(code);
      expect(result.templates.map((x) => [x.key, x.status, x.version])).toEqual(
        catalog.templates.map((x) => [x.file.key, 'published', 1]),
      );
      const published = await withTenant(t.db, tenantId, (tx) => listPublishedTemplates(tx, tenantId));
      expect(published).toHaveLength(catalog.templates.length);
      const sources = await withTenant(t.db, tenantId, (tx) => listTemplateSources(tx, tenantId));
      expect(sources.map((s) => s.catalog)).toEqual(catalog.templates.map(() => code));
    });

    it('runs one request per flow to the end through the engine, taking the route the simulator shows', async () => {
      const catalog = await loaded(code);
      const published = new Map(
        (await withTenant(t.db, tenantId, (tx) => listPublishedTemplates(tx, tenantId))).map((p) => [
          p.key,
          p,
        ]),
      );
      for (const { file } of catalog.templates) {
        const applicant = staffOf(org, file.applicant?.department ?? '');
        if (!applicant) throw new Error(`${file.key}: no applicant`);
        const template = published.get(file.key);
        if (!template) throw new Error(`${file.key}: not published`);
        const data = sampleSubmission(
          file.form,
          { userId: applicant.id, departmentId: applicant.departmentId, today: '2026-11-24' },
          BRANCH_DATA[file.key] ?? {},
        );
        const { id, serialNo } = await submitInstance(
          await serviceContextFor(deps, session(tenantId, applicant.id)),
          { templateId: template.templateId, data },
        );
        expect(serialNo, file.key).toMatch(new RegExp(`^${file.serialNumber.prefix}-\\d{6}-\\d{4}$`));
        const supervisors = file.supervisor
          ? org.users.filter((u) =>
              u.positionIds.some(
                (p) => org.positions.find((x) => x.id === p)?.name === file.supervisor?.position,
              ),
            )
          : [];
        expect(template.supervisorIds, file.key).toEqual(supervisors.map((u) => u.id));

        const env = engineEnv({
          org,
          applicantId: applicant.id,
          form: data,
          templateKey: file.key,
          now: new Date(time),
          newId: () => 'sim',
        });
        const expected = simulateRoute(template.flow as never, env)
          .filter((s) => s.kind !== 'notify' && !s.skipped)
          .map((s) => s.userIds[0]);

        const actors: string[] = [];
        for (let i = 0; i < 20; i++) {
          const row = await withTenant(t.db, tenantId, (tx) => getInstance(tx, tenantId, id));
          const state = row?.state as InstanceState;
          if (state.status !== 'running') break;
          const task = state.tasks.find((x) => x.status === 'pending' && x.kind !== 'notify');
          if (!task) throw new Error(`${file.key}: running with no open task`);
          actors.push(task.assigneeId);
          await actOnInstance(await serviceContextFor(deps, session(tenantId, task.assigneeId)), {
            type: task.kind === 'handle' ? 'done' : 'approve',
            taskId: task.id,
          });
        }
        const final = await withTenant(t.db, tenantId, (tx) => getInstance(tx, tenantId, id));
        expect(final?.status, file.key).toBe('approved');
        expect(actors, file.key).toEqual(expected);
        expect(actors.length, file.key).toBeGreaterThan(0);
      }
    });

    it('importing again changes nothing; a changed file publishes a new version of that template only', async () => {
      const before = await counts(tenantId);
      const again = await importCatalogAs(
        deps,
        { tenantId, userId: null },
        { catalog: code, createMissing: false },
      );
      expect(again.templates.every((x) => x.status === 'unchanged')).toBe(true);
      expect((await counts(tenantId)).versions).toBe(before.versions);

      const catalog = await loaded(code);
      const first = catalog.templates[0]!;
      const changed: Catalog = {
        ...catalog,
        templates: [
          {
            ...first,
            file: { ...first.file, title: { ...first.file.title, zh: `${first.file.title.zh}（修订）` } },
          },
          ...catalog.templates.slice(1),
        ],
      };
      const third = await importCatalogAs(
        deps,
        { tenantId, userId: null },
        { catalog: changed, createMissing: false },
      );
      expect(third.templates[0]).toMatchObject({ key: first.file.key, status: 'updated', version: 2 });
      expect(third.templates.slice(1).every((x) => x.status === 'unchanged')).toBe(true);
      expect((await counts(tenantId)).versions).toBe(before.versions + 1);
    });

    it('exports each published template to a file that checks clean and publishes the same form and route elsewhere', async () => {
      const catalog = await loaded(code);
      const other = await tenant(`copy-${code}`, demoOrgWithLogins(CATALOG_DEMO_ORGS[code]!, null));
      const exported = [];
      for (const { file } of catalog.templates.slice(1)) {
        const out = await withTenant(t.db, tenantId, (tx) => exportTemplateIn(tx, tenantId, file.key));
        expect(checkTemplateFile(out, file.key)).toEqual([]);
        const kept = {
          categories: file.categories,
          serialNumber: file.serialNumber,
          timeLimits: file.timeLimits,
          seed: file.seed,
          supervisor: file.supervisor,
        };
        for (const [k, v] of Object.entries(kept))
          expect((out as unknown as Record<string, unknown>)[k], `${file.key}.${k}`).toEqual(v);
        expect(out.form).toEqual(file.form);
        exported.push({ name: `${String(exported.length + 1).padStart(2, '0')}-${out.key}.json`, file: out });
      }
      await importCatalogAs(
        deps,
        { tenantId: other, userId: null },
        { catalog: { ...catalog, templates: exported }, createMissing: false },
      );
      const [a, b] = await Promise.all(
        [tenantId, other].map((id) => withTenant(t.db, id, (tx) => listPublishedTemplates(tx, id))),
      );
      const hashes = (rows: typeof a) => new Map((rows ?? []).map((r) => [r.key, publishedContentHash(r)]));
      const copied = hashes(b);
      for (const [key, hash] of hashes(a))
        if (key !== catalog.templates[0]?.file.key) expect(copied.get(key), key).toBe(hash);
    });
  });

  describe('into a tenant whose org lacks what the routes name', () => {
    const SPARSE: OrgSpec = {
      ranks: ['职员'],
      departments: [
        { name: '总公司', positions: ['总经理'] },
        { name: '财务部', parent: '总公司', positions: ['财务部经理'] },
      ],
      supervision: [],
      positionRanks: {},
      adminPositions: ['总经理'],
    };
    let tenantId: string;
    beforeAll(async () => {
      const org = buildOrg(SPARSE);
      tenantId = await tenant('sparse', {
        org,
        users: org.users.map((u, i) => ({ ...u, login: `u${i}`, passwordHash: null })),
      });
    });

    it('plans what is found and what is missing, by name', async () => {
      const org = await withTenant(t.db, tenantId, (tx) => loadOrgSnapshot(tx, tenantId));
      const plan = planCatalogImport(await loaded('small-company'), org, ['用章审批', 'sc_loan']);
      expect(plan.flows.map((f) => f.key)).toEqual(['sc_seal', 'sc_loan']);
      expect(plan.complete).toBe(false);
      expect(plan.departments.find((d) => d.name === '财务部')).toMatchObject({ status: 'found' });
      expect(plan.positions.map((p) => [p.name, p.status])).toEqual([
        ['董事长', 'missing'],
        ['综合部经理', 'missing'],
        ['出纳', 'missing'],
      ]);
      expect(plan.positions.find((p) => p.name === '出纳')).toMatchObject({
        status: 'missing',
        department: '财务部',
      });
      expect(plan.departments.find((d) => d.name === '综合部')).toMatchObject({ status: 'missing' });
      expect(plan.warnings.map((w) => w.en).join('\n')).toContain('Nobody holds the position "出纳"');
    });

    it('refuses without createMissing, naming the file and place, and writes nothing', async () => {
      const before = await counts(tenantId);
      const refused = importCatalogAs(
        deps,
        { tenantId, userId: null },
        { catalog: 'small-company', flows: ['sc_seal'], createMissing: false },
      );
      await expect(refused).rejects.toMatchObject({ code: 'validation_failed' });
      await expect(refused).rejects.toThrow(
        /templates\/small-company\/07-sc_seal\.json requires\.(positions|departments)\[\d+\]/,
      );
      expect(await counts(tenantId)).toEqual(before);
    });

    it('a dry run reports what would happen and writes nothing', async () => {
      const before = await counts(tenantId);
      const dry = await importCatalogAs(
        deps,
        { tenantId, userId: null },
        { catalog: 'small-company', createMissing: true, dryRun: true },
      );
      expect(dry.dryRun).toBe(true);
      expect(dry.created.positions).toContain('出纳');
      expect(dry.templates.every((x) => x.status === 'published')).toBe(true);
      expect(await counts(tenantId)).toEqual(before);
    });

    it('creates what is missing on request, then publishes', async () => {
      const done = await importCatalogAs(
        deps,
        { tenantId, userId: null },
        { catalog: 'small-company', flows: ['用章审批', '借款申请审批'], createMissing: true },
      );
      expect(done.created.departments).toEqual(expect.arrayContaining(['综合部', '董事会']));
      expect(done.created.positions).toEqual(expect.arrayContaining(['董事长', '出纳', '综合部经理']));
      expect(done.templates.map((x) => x.status)).toEqual(['published', 'published']);
      const org = await withTenant(t.db, tenantId, (tx) => loadOrgSnapshot(tx, tenantId));
      const general = org.departments.find((d) => d.name === '综合部');
      expect(general?.parentId).toBe(org.departments.find((d) => d.name === '总公司')?.id);
      expect(org.positions.find((p) => p.name === '综合部经理')).toMatchObject({
        departmentId: general?.id,
        isHead: true,
      });
      expect(org.positions.find((p) => p.name === '财务部经理')?.isHead).toBe(true);
    });
  });

  describe('with needed names mapped by hand onto existing, differently named items', () => {
    // the company calls its chairman 总经理 and its 综合部 行政部
    const OWN: OrgSpec = {
      ranks: ['职员'],
      departments: [
        { name: '总公司', positions: ['总经理'] },
        { name: '财务部', parent: '总公司', positions: ['财务部经理'] },
        { name: '行政部', parent: '总公司', positions: ['行政经理'] },
      ],
      supervision: [],
      positionRanks: {},
      // the admin is not the chosen holder, so a step that fell back to the admins would show
      adminPositions: ['财务部经理'],
    };
    const org = buildOrg(OWN);
    const idOf = (kind: 'positions' | 'departments', name: string) =>
      org[kind].find((x) => x.name === name)?.id ?? '';
    const mapping = () => ({
      positions: { 董事长: idOf('positions', '总经理'), 综合部经理: idOf('positions', '行政经理') },
      departments: { 综合部: idOf('departments', '行政部'), 董事会: idOf('departments', '总公司') },
    });
    let tenantId: string;
    let otherTenant: string;
    beforeAll(async () => {
      tenantId = await tenant('mapped', {
        org,
        users: org.users.map((u, i) => ({ ...u, login: `m${i}`, passwordHash: null })),
      });
      const other = buildOrg(OWN);
      otherTenant = await tenant('mapped-other', {
        org: other,
        users: other.users.map((u, i) => ({ ...u, login: `o${i}`, passwordHash: null })),
      });
      await withTenant(t.db, otherTenant, (tx) =>
        savePosition(tx, otherTenant, {
          id: 'elsewhere-chair',
          name: '董事长',
          departmentId: other.departments[0]?.id ?? '',
          isHead: false,
        }),
      );
    });

    it('plans the mapped names as found, pointing at the chosen items and their holders', async () => {
      const snapshot = await withTenant(t.db, tenantId, (tx) => loadOrgSnapshot(tx, tenantId));
      const plan = planCatalogImport(await loaded('small-company'), snapshot, ['sc_seal'], mapping());
      expect(plan.complete).toBe(true);
      expect(plan.positions.map((p) => [p.name, p.status, p.mappedTo?.name, p.holders])).toEqual([
        ['董事长', 'found', '总经理', 1],
        ['综合部经理', 'found', '行政经理', 1],
      ]);
      expect(plan.positions.find((p) => p.name === '综合部经理')?.department).toBe('行政部');
    });

    it('imports with the routes rewritten, and the submitted request lands on the chosen position holder', async () => {
      const done = await importCatalogAs(
        deps,
        { tenantId, userId: null },
        { catalog: 'small-company', flows: ['sc_seal'], createMissing: false, mapping: mapping() },
      );
      expect(done.created).toEqual({ departments: [], positions: [], ranks: [] });
      const snapshot = await withTenant(t.db, tenantId, (tx) => loadOrgSnapshot(tx, tenantId));
      expect(snapshot.positions.map((p) => p.name).sort()).toEqual(
        ['行政经理', '总经理', '财务部经理'].sort(),
      );
      const sealTemplate = (
        await withTenant(t.db, tenantId, (tx) => listPublishedTemplates(tx, tenantId))
      ).find((x) => x.key === 'sc_seal');
      if (!sealTemplate) throw new Error('sc_seal not published');
      const sealForm = (await loaded('small-company')).templates.find((x) => x.file.key === 'sc_seal')?.file
        .form;
      if (!sealForm) throw new Error('sc_seal not in the catalog');
      // the 财务部经理 asks: the route's own check sends a department head straight to the chairman's step
      const applicant = holderOf(org, '财务部经理');
      if (!applicant) throw new Error('no applicant');
      const { id } = await submitInstance(await serviceContextFor(deps, session(tenantId, applicant.id)), {
        templateId: sealTemplate.templateId,
        data: sampleSubmission(
          sealForm,
          { userId: applicant.id, departmentId: applicant.departmentId, today: '2026-11-24' },
          {},
        ),
      });
      const openTask = async () => {
        const row = await withTenant(t.db, tenantId, (tx) => getInstance(tx, tenantId, id));
        return (row?.state as InstanceState).tasks.find((x) => x.status === 'pending');
      };
      const first = await openTask();
      expect(first?.assigneeId).toBe(holderOf(org, '总经理')?.id);
      await actOnInstance(await serviceContextFor(deps, session(tenantId, first?.assigneeId ?? '')), {
        type: 'approve',
        taskId: first?.id ?? '',
      });
      // 用印 by the 综合部经理, here the 行政经理
      expect((await openTask())?.assigneeId).toBe(holderOf(org, '行政经理')?.id);

      const again = await importCatalogAs(
        deps,
        { tenantId, userId: null },
        { catalog: 'small-company', flows: ['sc_seal'], createMissing: false, mapping: mapping() },
      );
      expect(again.templates[0]?.status).toBe('unchanged');
    });

    it('refuses a position of another company, an unknown id, a department as a position, with nothing written', async () => {
      const before = await counts(tenantId);
      const bad: OrgMapping[] = [
        { positions: { 董事长: 'elsewhere-chair' } },
        { positions: { 董事长: 'no-such-id' } },
        { positions: { 董事长: idOf('departments', '行政部') } },
        { positions: { 不需要的岗位: idOf('positions', '总经理') } },
      ];
      const messages: string[] = [];
      for (const m of bad) {
        const attempt = importCatalogAs(
          deps,
          { tenantId, userId: null },
          { catalog: 'small-company', flows: ['sc_vehicle'], createMissing: true, mapping: m },
        );
        await expect(attempt).rejects.toMatchObject({
          code: 'validation_failed',
          messageKey: 'errors.catalogMapping',
        });
        const e = (await attempt.catch((x: unknown) => x)) as { localized: { zh: string; en: string } };
        messages.push(`${e.localized.zh} | ${e.localized.en}`);
      }
      expect(messages[0]).toMatch(/企业组织中没有所选的岗位.*The company has no such position/);
      expect(messages[1]).toMatch(/企业组织中没有所选的岗位/);
      expect(messages[2]).toMatch(/「行政部」是部门，不能作为岗位「董事长」的对照.*"行政部" is a department/);
      expect(messages[3]).toMatch(/所选流程不需要岗位「不需要的岗位」.*need no position/);
      expect(await counts(tenantId)).toEqual(before);
      expect(await counts(otherTenant)).toMatchObject({ templates: 0 });
    });
  });

  describe('a corrupted template file', () => {
    let tenantId: string;
    let dir: string;
    beforeAll(async () => {
      tenantId = await tenant('corrupt', demoOrgWithLogins(CATALOG_DEMO_ORGS['real-estate']!, null));
      dir = await mkdtemp(join(tmpdir(), 'signoff-catalog-'));
    });

    /** The parts of a template file the corruptions touch. */
    interface RawFile {
      route: { nodes: { id: string; approvers?: unknown }[]; edges: { condition?: unknown }[] };
      form: { fields: { type: string }[] };
    }
    const readRaw = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as RawFile;

    /** A copy of the real-estate catalog with one file edited. */
    async function corrupted(name: string, edit: (file: RawFile) => void): Promise<string> {
      const target = join(dir, `${name}-${++n}`);
      await cp(join(TEMPLATES_DIR, 'real-estate'), target, { recursive: true });
      const path = join(target, '10-re_leave.json');
      const file = await readRaw(path);
      edit(file);
      await writeFile(path, JSON.stringify(file));
      return target;
    }

    const refusedWith = async (catalogDir: string, pattern: RegExp) => {
      const before = await counts(tenantId);
      const attempt = importCatalogAs(
        deps,
        { tenantId, userId: null },
        { catalog: catalogDir, createMissing: true },
      );
      await expect(attempt).rejects.toMatchObject({ code: 'validation_failed' });
      await expect(attempt).rejects.toThrow(pattern);
      expect(await counts(tenantId)).toEqual(before);
    };

    it('a route naming a position the file does not declare is refused at that node', async () => {
      const where = await corrupted('position', (f) => {
        const node = f.route.nodes.find((x) => x.id === 'leader');
        if (node) node.approvers = { kind: 'position', name: '人事总监' };
      });
      const index = (await readRaw(join(where, '10-re_leave.json'))).route.nodes.findIndex(
        (x) => x.id === 'leader',
      );
      await refusedWith(
        where,
        new RegExp(
          `10-re_leave\\.json route\\.nodes\\[${index}\\]\\.approvers\\.name: The route uses the position "人事总监"`,
        ),
      );
    });

    it('a bad branch condition is refused at its edge', async () => {
      const where = await corrupted('condition', (f) => {
        const edge = f.route.edges.find((x) => x.condition);
        if (edge) edge.condition = { op: 'gte', left: { field: 'days' }, right: { value: '七' } };
      });
      await refusedWith(
        where,
        /10-re_leave\.json route\.edges\[\d+\]\.condition\.right: .*cannot be compared/,
      );
    });

    it('an unknown field type is refused at the field', async () => {
      const where = await corrupted('type', (f) => {
        const field = f.form.fields[2];
        if (field) field.type = 'slider';
      });
      await refusedWith(where, /10-re_leave\.json form\.fields\[2\]\.type: .*unknown type "slider"/);
    });

    it('broken JSON and a manifest listing a missing file are refused by file', async () => {
      const where = await corrupted('json', () => undefined);
      await writeFile(join(where, '03-re_marketing_business.json'), '{ "formatVersion": 1,');
      const manifest = JSON.parse(await readFile(join(where, 'catalog.json'), 'utf8')) as { flows: string[] };
      manifest.flows.push('21-re_missing.json');
      await writeFile(join(where, 'catalog.json'), JSON.stringify(manifest));
      const loadedCorrupt = await loadCatalog(where);
      expect(loadedCorrupt.ok).toBe(false);
      const text = loadedCorrupt.ok
        ? ''
        : loadedCorrupt.problems.map((p) => `${p.file} ${p.path}: ${p.message.en}`).join('\n');
      expect(text).toMatch(/03-re_marketing_business\.json : This is not valid JSON/);
      expect(text).toMatch(/catalog\.json flows\[20\]: The template file "21-re_missing\.json" is missing/);
    });
  });
});
