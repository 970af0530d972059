import { pinyin } from 'pinyin-pro';
import { afterAll, bench, describe } from 'vitest';
import { withTenant } from '@signoff/db';
import { SESSION_COOKIE } from '../trpc/context.js';
import { resolveSession } from '../auth/session.js';
import { serviceContextFor } from '../trpc/service-context.js';
import { createHarness } from '../test/api-harness.js';
import { rankEntries } from './directory-match.js';
import { searchDirectory } from './directory-service.js';
import { nameKeys } from './pinyin-keys.js';

/*
 * directory.search over a tenant of 1200 people: the whole call, the matching alone, and
 * what computing every name's pinyin on each call would cost without the memo.
 */
const SURNAMES =
  '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志文';
const names = Array.from(
  { length: 1200 },
  (_, i) => `${SURNAMES[i % 59]}${GIVEN[Math.floor(i / 59) % 28]}${GIVEN[(i * 7) % 28]}`,
);

// PGlite, or PostgreSQL when DATABASE_URL is set
const h = await createHarness(process.env.DATABASE_URL ? 'postgres' : 'pglite');
const browser = h.browser();
const tenantId = (await browser.login('zhang.san')).tenant.id;
const session = (await resolveSession(h.deps, browser.cookies.get(SESSION_COOKIE)))!;
const ctx = await serviceContextFor(h.deps, session);
await withTenant(h.t.db, tenantId, (tx) =>
  tx.query(
    `INSERT INTO users (tenant_id, id, login, name, department_id) SELECT $1, 'g' || n, 'gen' || n, name, 'd-eng' FROM unnest($2::text[]) WITH ORDINALITY AS g(name, n)`,
    [tenantId, names],
  ),
);
const entries = names.map((name, i) => ({ id: `g${i}`, name, login: `gen${i}`, keys: nameKeys(name) }));
afterAll(() => h.t.dispose());

describe('directory.search, 1200 people', () => {
  bench('search "zs" (query + match + rank)', async () => {
    await searchDirectory(ctx, { q: 'zs', kind: 'user', limit: 20 });
  });
  bench('search "" (first 20 by name)', async () => {
    await searchDirectory(ctx, { q: '', kind: 'user', limit: 20 });
  });
  bench('matching and ranking alone, "zhangs"', () => {
    rankEntries(entries, 'zhangs', 20);
  });
  bench('pinyin of every name, as without the memo', () => {
    for (const n of names)
      pinyin(n, {
        toneType: 'none',
        type: 'all',
        mode: 'surname',
        surname: 'head',
        v: true,
        nonZh: 'consecutive',
      });
  });
});
