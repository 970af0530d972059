import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  insertOrg,
  insertSession,
  insertTenant,
  loadOrgSnapshot,
  loadUserLogins,
  withPlatform,
  withTenant,
} from '@signoff/db';
import { createTestDatabase, testBackends, type TestDatabase } from '@signoff/db/testing';
import { realEstateDemoOrg } from '@signoff/org/demo';
import { createApiDeps } from '../trpc/api-deps.js';
import { AppError } from '../trpc/app-error.js';
import type { ApiDeps, SessionContext } from '../trpc/context.js';
import { readOrgWorkbook } from './org-file.js';
import { exportOrg, importOrg, orgImportTemplate } from './org-import.js';
import { serviceContextFor } from '../trpc/service-context.js';

type Table = string[][];

/** A real .xlsx, as a person would save it from Excel: one sheet per table, header on row 1. */
async function xlsx(sheets: Record<string, Table>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

const DEPTS = ['部门名称', '上级部门', '编码', '排序', '虚拟部门', '负责岗位'];
const POSITIONS = ['岗位名称', '所属部门', '是否负责人'];
const USERS = ['账号', '姓名', '部门', '职级', '岗位', '兼职部门', '状态'];

const GOOD: Record<string, Table> = {
  部门: [DEPTS, ['研发中心', '董事会', 'RD', '20', '否', ''], ['测试部', '研发中心', '', '21', '否', '']],
  岗位: [POSITIONS, ['研发中心主任', '研发中心', '是'], ['测试工程师', '测试部', '否']],
  人员: [
    USERS,
    ['qian.yi', '钱一', '研发中心', '主管级', '研发中心主任', '', '在职'],
    ['sun.er', '孙二', '测试部', '职员', '测试工程师', '工程部', '在职'],
  ],
};

const EMPTY = {
  departments: { created: 0, updated: 0 },
  positions: { created: 0, updated: 0 },
  users: { created: 0, updated: 0, deactivated: 0 },
  ranks: { created: 0 },
};

describe.each(testBackends())('org import and export on %s', (kind) => {
  let t: TestDatabase;
  let deps: ApiDeps;
  const org = realEstateDemoOrg();

  /** a fresh tenant with the real-estate demo org, logins `login-u-01` … */
  async function tenant(id: string): Promise<SessionContext> {
    await withPlatform(t.db, (tx) => insertTenant(tx, { id, code: id, name: id }));
    await withTenant(t.db, id, (tx) =>
      insertOrg(
        tx,
        id,
        org,
        org.users.map((u) => ({
          ...u,
          login: `login-${u.id}`,
          passwordHash: 'hash',
          mustChangePassword: false,
        })),
      ),
    );
    return { tenantId: id, userId: 'u-01', csrfToken: 'c', tokenHash: 'h' };
  }
  const state = (s: SessionContext) =>
    withTenant(t.db, s.tenantId, async (tx) => ({
      org: await loadOrgSnapshot(tx, s.tenantId),
      logins: await loadUserLogins(tx, s.tenantId),
    }));

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    let n = 0;
    deps = createApiDeps(t.db, { newId: () => `imp-${++n}`, clock: () => new Date('2026-11-26T08:00:00Z') });
  });
  afterAll(() => t.dispose());

  it('refuses a file with bad rows whole, lists every problem by line, and writes nothing', async () => {
    const s = await tenant('t-bad');
    const before = await state(s);
    const contentBase64 = await xlsx({
      部门: [
        DEPTS,
        ['研发中心', '董事会', '', '', '', ''],
        ['甲部', '乙部', '', '', '', ''],
        ['乙部', '丙部', '', '', '', ''],
        ['丙部', '甲部', '', '', '', ''],
      ],
      岗位: [POSITIONS, ['研发中心主任', '研发中心', '是'], ['测试工程师', '测试中心', '否']],
      人员: [
        USERS,
        ['qian.yi', '钱一', '研发中心', '主管级', '研发中心主任', '', '在职'],
        ['li.san', '李三', '产品部', '职员', '', '', '在职'],
        ['qian.yi', '钱二', '研发中心', '职员', '', '', '在职'],
      ],
    });
    for (const dryRun of [false, true]) {
      const error = await importOrg(await serviceContextFor(deps, s), {
        format: 'xlsx',
        contentBase64,
        dryRun,
      }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      const e = error as AppError;
      expect(e.code).toBe('validation_failed');
      expect(e.messageKey).toBe('errors.importRefused');
      expect(e.localized.zh).toContain('6 处问题');
      expect(e.fieldErrors?.map((f) => [f.path, f.message.zh])).toEqual([
        ['departments:3', '第 3 行：上级部门形成循环：甲部 → 乙部 → 丙部 → 甲部'],
        ['departments:4', '第 4 行：上级部门形成循环：乙部 → 丙部 → 甲部 → 乙部'],
        ['departments:5', '第 5 行：上级部门形成循环：丙部 → 甲部 → 乙部 → 丙部'],
        ['positions:3', '第 3 行：部门「测试中心」不存在'],
        ['users:3', '第 3 行：部门「产品部」不存在'],
        ['users:4', '第 4 行：账号「qian.yi」与第 2 行重复'],
      ]);
      expect(e.fieldErrors?.[5]?.message.en).toBe('line 4: the login qian.yi is already on line 2');
    }
    expect(await state(s)).toEqual(before);
  });

  it('imports a good file, and a dry run of the same file afterwards has nothing to do', async () => {
    const s = await tenant('t-good');
    const before = await state(s);
    const contentBase64 = await xlsx(GOOD);

    const dry = await importOrg(await serviceContextFor(deps, s), {
      format: 'xlsx',
      contentBase64,
      dryRun: true,
    });
    expect({ dryRun: dry.dryRun, summary: dry.summary }).toEqual({
      dryRun: true,
      summary: {
        ...EMPTY,
        departments: { created: 2, updated: 0 },
        positions: { created: 2, updated: 0 },
        users: { created: 2, updated: 0, deactivated: 0 },
      },
    });
    // the names behind the counts, for the console's preview
    expect(dry.changes).toEqual({
      departments: { created: ['研发中心', '测试部'], updated: [] },
      positions: { created: ['研发中心/研发中心主任', '测试部/测试工程师'], updated: [] },
      users: { created: ['钱一', '孙二'], updated: [], deactivated: [] },
    });
    expect(await state(s)).toEqual(before);

    const done = await importOrg(await serviceContextFor(deps, s), {
      format: 'xlsx',
      contentBase64,
      dryRun: false,
    });
    expect(done.summary).toEqual(dry.summary);
    const after = await state(s);
    const rd = after.org.departments.find((d) => d.name === '研发中心');
    const test = after.org.departments.find((d) => d.name === '测试部');
    expect(rd).toMatchObject({ code: 'RD', parentId: 'd-01', order: 20 });
    expect(test?.parentId).toBe(rd?.id);
    const idOf = (login: string) => Object.entries(after.logins).find(([, l]) => l === login)?.[0];
    const sun = after.org.users.find((u) => u.id === idOf('sun.er'));
    expect(sun).toMatchObject({
      name: '孙二',
      departmentId: test?.id,
      rankId: 'r-01',
      secondaryDepartmentIds: ['d-04'],
      active: true,
    });
    expect(after.org.positions.find((p) => sun?.positionIds.includes(p.id))?.name).toBe('测试工程师');
    const accounts = await withTenant(t.db, s.tenantId, (tx) =>
      tx.query<{ login: string; password_hash: string | null; must_change_password: boolean }>(
        "SELECT login, password_hash, must_change_password FROM users WHERE login IN ('qian.yi', 'sun.er') ORDER BY login",
      ),
    );
    expect(accounts).toEqual([
      { login: 'qian.yi', password_hash: null, must_change_password: true },
      { login: 'sun.er', password_hash: null, must_change_password: true },
    ]);
    expect(after.org.users).toHaveLength(before.org.users.length + 2);

    const again = await importOrg(await serviceContextFor(deps, s), {
      format: 'xlsx',
      contentBase64,
      dryRun: true,
    });
    expect(again.summary).toEqual(EMPTY);
  });

  it('an export imported back changes nothing', async () => {
    const s = await tenant('t-roundtrip');
    await importOrg(await serviceContextFor(deps, s), {
      format: 'xlsx',
      contentBase64: await xlsx(GOOD),
      dryRun: false,
    });
    // a leaver and a position name two departments share must survive the trip too
    await importOrg(await serviceContextFor(deps, s), {
      format: 'xlsx',
      contentBase64: await xlsx({
        岗位: [POSITIONS, ['司机', '工程部', '否']],
        人员: [
          ['账号', '姓名', '部门', '岗位', '状态'],
          ['login-u-07', '吴一', '工程部', '工程部经理、司机', '在职'],
          ['login-u-08', '林一', '工程部', '', '离职'],
        ],
      }),
      dryRun: false,
    });
    const before = await state(s);

    const exported = await exportOrg(await serviceContextFor(deps, s));
    expect(exported.fileName).toBe('org-20261126.xlsx');
    const rows = await readOrgWorkbook(Buffer.from(exported.contentBase64, 'base64'), 'xlsx');
    expect(rows.departments).toHaveLength(before.org.departments.length);
    expect(rows.users).toHaveLength(before.org.users.length);
    expect(Object.keys(rows.users[0]?.cells ?? {})).toEqual(USERS);
    expect(rows.users.find((r) => r.cells['账号'] === 'login-u-08')?.cells['状态']).toBe('离职');

    const result = await importOrg(await serviceContextFor(deps, s), {
      format: 'xlsx',
      contentBase64: exported.contentBase64,
      dryRun: false,
    });
    expect(result.summary).toEqual(EMPTY);
    expect(await state(s)).toEqual(before);
  });

  it('imports a CSV of users with English headers and a BOM; a leaver is deactivated and logged out, never deleted', async () => {
    const s = await tenant('t-csv');
    await withTenant(t.db, s.tenantId, (tx) =>
      insertSession(tx, s.tenantId, {
        id: 'sess-1',
        userId: 'u-08',
        tokenHash: 'th',
        csrfToken: 'c',
        expiresAt: new Date('2027-01-01T00:00:00Z'),
        createdAt: new Date('2026-11-01T00:00:00Z'),
      }),
    );
    const csv =
      '\uFEFFLogin,Name,Department,Rank,Positions,Status\r\nzhou.wu,周五,财务部,职员,出纳,active\r\nlogin-u-08,林一,工程部,职员,"",left\r\n';
    const result = await importOrg(await serviceContextFor(deps, s), {
      format: 'csv',
      sheet: 'users',
      contentBase64: Buffer.from(csv).toString('base64'),
      dryRun: false,
    });
    expect(result.summary.users).toEqual({ created: 1, updated: 0, deactivated: 1 });

    const after = await state(s);
    const zhou = after.org.users.find((u) => after.logins[u.id] === 'zhou.wu');
    expect(zhou).toMatchObject({
      name: '周五',
      departmentId: 'd-06',
      rankId: 'r-01',
      positionIds: ['d-06-p3'],
      active: true,
    });
    const rows = await withTenant(t.db, s.tenantId, (tx) =>
      tx.query<{ active: boolean; left_at: Date | string | null; sessions: number }>(
        "SELECT active, left_at, (SELECT count(*)::int FROM sessions WHERE user_id = 'u-08') AS sessions FROM users WHERE id = 'u-08'",
      ),
    );
    expect(rows.map((r) => ({ ...r, left_at: r.left_at && new Date(r.left_at).toISOString() }))).toEqual([
      { active: false, left_at: '2026-11-26T08:00:00.000Z', sessions: 0 },
    ]);
  });

  it('reads a CSV that Excel saved in the Chinese code page, recognising the sheet by its headers', async () => {
    const s = await tenant('t-gbk');
    // 账号,姓名,部门 / xin.ren,新人,工程部 in GB18030
    const gbk = Buffer.from(
      'd5cbbac52cd0d5c3fb2cb2bfc3c50d0a78696e2e72656e2cd0c2c8cb2cb9a4b3ccb2bf0d0a',
      'hex',
    );
    const result = await importOrg(await serviceContextFor(deps, s), {
      format: 'csv',
      contentBase64: gbk.toString('base64'),
      dryRun: false,
    });
    expect(result.summary.users.created).toBe(1);
    const after = await state(s);
    expect(after.org.users.find((u) => after.logins[u.id] === 'xin.ren')).toMatchObject({
      name: '新人',
      departmentId: 'd-04',
    });
  });

  it('refuses a file that is not a spreadsheet with a bad request', async () => {
    const s = await tenant('t-junk');
    const junk = Buffer.from('not a zip file').toString('base64');
    await expect(
      importOrg(await serviceContextFor(deps, s), { format: 'xlsx', contentBase64: junk, dryRun: true }),
    ).rejects.toMatchObject({
      code: 'bad_request',
      messageKey: 'errors.importUnreadable',
      localized: {
        zh: expect.stringContaining('无法读取文件') as unknown,
        en: expect.stringContaining('could not be read') as unknown,
      },
    });
  });
});

describe('the empty import template', () => {
  it('has the three sheets with the columns the import reads, and no rows', async () => {
    const { fileName, contentBase64 } = await orgImportTemplate();
    expect(fileName).toBe('org-template.xlsx');
    const bytes = Buffer.from(contentBase64, 'base64');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['部门', '岗位', '人员']);
    expect((wb.getWorksheet('人员')?.getRow(1).values as string[]).filter(Boolean)).toEqual([
      '账号',
      '姓名',
      '部门',
      '职级',
      '岗位',
      '兼职部门',
      '状态',
    ]);
    const rows = await readOrgWorkbook(bytes, 'xlsx');
    expect(rows).toEqual({ departments: [], positions: [], users: [] });
  });
});
