import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '@signoff/db';
import { testBackends } from '@signoff/db/testing';
import { createTenant } from '../tenants/tenant-admin.js';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';

const SURNAMES =
  '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志文';

const generatedName = (i: number) =>
  `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}${GIVEN[(i * 7) % GIVEN.length]}`;

describe.each(testBackends())('the directory behind the user and department pickers on %s', (kind) => {
  let h: Harness;
  let admin: TestBrowser;
  let zhang: TestBrowser;
  let tenantId = '';
  let shanId = '';
  let yueId = '';
  let leftId = '';

  beforeAll(async () => {
    h = await createHarness(kind);
    admin = h.browser();
    await admin.login('admin');
    zhang = h.browser();
    tenantId = (await zhang.login('zhang.san')).tenant.id;
    const api = await admin.api();
    shanId = (
      await api.org.saveUser({ login: 'shan.tf', name: '单田芳', departmentId: 'd-admin', rankId: 'r-staff' })
    ).id;
    yueId = (
      await api.org.saveUser({ login: 'zhang.yue', name: '张乐', departmentId: 'd-eng', rankId: 'r-staff' })
    ).id;
    leftId = (
      await api.org.saveUser({ login: 'zhang.sa', name: '张飒', departmentId: 'd-eng', rankId: 'r-staff' })
    ).id;
    await api.org.setUserLeft({ id: leftId, left: true });
    await api.org.saveDepartment({ name: '应届大学生', parentId: 'd-root', virtual: true });
    // a tenant of a realistic size: 1200 more people, each (surname, first given character) pair once
    const ids: string[] = [];
    const names: string[] = [];
    for (let i = 0; i < 1200; i++) {
      ids.push(`u-gen-${i}`);
      names.push(generatedName(i));
    }
    await withTenant(h.t.db, tenantId, (tx) =>
      tx.query(
        `INSERT INTO users (tenant_id, id, login, name, department_id) SELECT $1, id, 'gen.' || id, name, 'd-eng' FROM unnest($2::text[], $3::text[]) AS g(id, name)`,
        [tenantId, ids, names],
      ),
    );
  });
  afterAll(() => h.t.dispose());

  const search = async (q: string, kind: 'user' | 'department' = 'user', limit?: number) =>
    (await zhang.api()).directory.search({ q, kind, ...(limit ? { limit } : {}) });

  it('finds 张三 by pinyin initials, full pinyin, a part of the name and the login', async () => {
    for (const q of ['zs', 'zhangsan', 'Zhang San', '张三', 'zhang.s']) {
      const hits = await search(q);
      expect(hits[0], q).toEqual({
        id: 'u-zhang',
        name: '张三',
        login: 'zhang.san',
        departmentName: '工程部',
        initials: 'zs',
      });
    }
    expect((await search('三')).map((u) => u.id)).toContain('u-zhang');
  });

  it('reads family names and polyphonic given names the way people type them', async () => {
    expect((await search('stf')).map((u) => u.id)).toContain(shanId);
    expect((await search('shantianfang'))[0]?.id).toBe(shanId);
    expect((await search('zhangyue'))[0]?.id).toBe(yueId);
    expect((await search('zhangle'))[0]?.id).toBe(yueId);
  });

  it('leaves out people who have left, but still names them for a value chosen earlier', async () => {
    for (const q of ['张飒', 'zhangsa', 'zhang.sa'])
      expect(
        (await search(q, 'user', 50)).map((u) => u.id),
        q,
      ).not.toContain(leftId);
    const found = await (
      await zhang.api()
    ).directory.lookup({
      userIds: [leftId, 'u-zhang', 'no-such-user'],
      departmentIds: ['d-eng', 'no-such-department'],
    });
    expect(found).toEqual({
      users: [
        { id: leftId, name: '张飒', departmentName: '工程部' },
        { id: 'u-zhang', name: '张三', departmentName: '工程部' },
      ],
      departments: [{ id: 'd-eng', name: '工程部' }],
    });
  });

  it('an empty query lists the first people by name, within the limit (at most 50)', async () => {
    const first = await search('', 'user', 5);
    expect(first).toHaveLength(5);
    const all = await search('', 'user', 50);
    expect(all).toHaveLength(50);
    expect(first).toEqual(all.slice(0, 5));
    expect(await search('')).toHaveLength(20);
    await expect((await zhang.api()).directory.search({ q: '', kind: 'user', limit: 51 })).rejects.toThrow();
  });

  it('finds people among 1200 by the pinyin of their generated names', async () => {
    expect(generatedName(1)).toBe('钱伟磊');
    expect(generatedName(17)).toBe('秦伟磊');
    expect((await search('钱伟磊'))[0]).toMatchObject({ id: 'u-gen-1', initials: 'qwl' });
    expect((await search('qianweilei'))[0]?.id).toBe('u-gen-1');
    expect((await search('qinwl'))[0]?.id).toBe('u-gen-17');
    expect((await search('qwl')).map((u) => u.id).sort()).toEqual(['u-gen-1', 'u-gen-17']);
  });

  it('searches real departments by name and pinyin; virtual groups are not offered', async () => {
    expect((await search('gcb', 'department'))[0]).toEqual({ id: 'd-eng', name: '工程部', initials: 'gcb' });
    expect((await search('工程', 'department')).map((d) => d.id)).toEqual(['d-eng']);
    expect((await search('', 'department', 50)).map((d) => d.name)).not.toContain('应届大学生');
    expect((await search('yingjie', 'department')).map((d) => d.id)).toEqual([]);
  });

  it("another tenant's people and departments are neither found nor named", async () => {
    const created = await createTenant(h.deps, {
      code: 'delta',
      name: '德尔塔',
      adminLogin: 'delta.admin',
      adminName: '德尔塔管理员',
    });
    const delta = h.browser('10.0.0.8');
    await delta.login('delta.admin', created.temporaryPassword, 'delta');
    await (
      await delta.api()
    ).auth.changePassword({ currentPassword: created.temporaryPassword, newPassword: 'Walnut-canyon-64' });
    const api = await delta.api();
    const names = (await api.directory.search({ q: '', kind: 'user', limit: 50 })).map((u) => u.name);
    expect(names).toEqual(['德尔塔管理员']);
    expect(await api.directory.search({ q: 'zs', kind: 'user' })).toEqual([]);
    expect(await api.directory.search({ q: 'gcb', kind: 'department' })).toEqual([]);
    expect(await api.directory.lookup({ userIds: ['u-zhang'], departmentIds: ['d-eng'] })).toEqual({
      users: [],
      departments: [],
    });
  });
});
