import { describe, expect, it } from 'vitest';
import { grownOrgSheets } from './grow-org.js';

const rowsOf = (csv: string) =>
  csv
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));

describe('the 1000-person company the engine-org bench imports', () => {
  it('adds exactly the people missing from the demo five, each with a unique login in a department it creates', () => {
    const sheets = grownOrgSheets(1000);
    const users = rowsOf(sheets.users);
    const departments = new Set(rowsOf(sheets.departments).map((r) => r[0]));
    expect(users).toHaveLength(995);
    expect(new Set(users.map((u) => u[0])).size).toBe(995);
    for (const u of users) expect(u[2] === '工程部' || departments.has(u[2])).toBe(true);
  });

  it('gives every division one head holding that division’s head position', () => {
    const sheets = grownOrgSheets(1000);
    const positions = rowsOf(sheets.positions);
    const heads = rowsOf(sheets.users).filter((u) => (u[4] ?? '') !== '');
    expect(positions.every((p) => p[2] === '是')).toBe(true);
    expect(heads.map((h) => `${h[2] ?? ''}经理`)).toEqual(heads.map((h) => h[4]));
    expect(new Set(heads.map((h) => h[2])).size).toBe(positions.length);
  });

  it('adds nobody when the company is already that big', () => {
    expect(rowsOf(grownOrgSheets(5).users)).toHaveLength(0);
  });
});
