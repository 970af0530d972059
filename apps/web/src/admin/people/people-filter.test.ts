import { describe, expect, it } from 'vitest';
import { filterPeople, NO_FILTER } from './people-filter';
import { testOrg } from './test-org';

const names = (rows: { name: string }[]) => rows.map((r) => r.name);

describe('filterPeople', () => {
  const { users } = testOrg();
  it('matches name and login here, and pinyin through the ids the directory search found', () => {
    expect(names(filterPeople(users, { ...NO_FILTER, q: '李' }))).toEqual(['李四']);
    expect(names(filterPeople(users, { ...NO_FILTER, q: 'WANG' }))).toEqual(['王五']);
    // "zs" matches no name or login; the server's pinyin search said it is 张三
    expect(names(filterPeople(users, { ...NO_FILTER, q: 'zs' }))).toEqual([]);
    expect(names(filterPeople(users, { ...NO_FILTER, q: 'zs' }, new Set(['u-zhang'])))).toEqual(['张三']);
  });
  it('filters by department (secondary included), status and role', () => {
    expect(names(filterPeople(users, { ...NO_FILTER, departmentId: 'd-grad' }))).toEqual(['张三']);
    expect(names(filterPeople(users, { ...NO_FILTER, status: 'left' }))).toEqual(['陈旧']);
    expect(names(filterPeople(users, { ...NO_FILTER, status: 'active', departmentId: 'd-eng' }))).toEqual([
      '张三',
      '李四',
    ]);
    expect(names(filterPeople(users, { ...NO_FILTER, role: 'member' }))).toEqual(['张三', '陈旧']);
    expect(names(filterPeople(users, { ...NO_FILTER, role: 'admin' }))).toEqual(['王五']);
  });
});
