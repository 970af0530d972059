import { describe, expect, it } from 'vitest';
import { formatOf, problemRows, readOrgUpload } from './org-file-transfer';

describe('org file transfer', () => {
  it('knows .xlsx and .csv only', () => {
    expect(formatOf('Org.XLSX')).toBe('xlsx');
    expect(formatOf('users.csv')).toBe('csv');
    expect(formatOf('old.xls')).toBeNull();
    expect(formatOf('xlsx')).toBeNull();
  });
  it('refuses a wrong type or an empty file before sending it, and reads the rest as base64', async () => {
    expect(await readOrgUpload(new File(['%PDF'], 'org.pdf'))).toBe('wrongType');
    expect(await readOrgUpload(new File([], 'org.xlsx'))).toBe('empty');
    expect(await readOrgUpload(new File(['部门名称\n研发部\n'], 'd.csv'))).toEqual({
      name: 'd.csv',
      format: 'csv',
      contentBase64: Buffer.from('部门名称\n研发部\n').toString('base64'),
    });
  });
  it('splits the server’s `sheet:line` paths', () => {
    const m = { zh: '问题', en: 'problem' };
    expect(
      problemRows([
        { path: 'users:5', message: m },
        { path: 'departments:0', message: m },
      ]),
    ).toEqual([
      { sheet: 'users', line: 5, message: m },
      { sheet: 'departments', line: 0, message: m },
    ]);
  });
});
