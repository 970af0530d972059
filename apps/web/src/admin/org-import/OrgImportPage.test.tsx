import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../i18n/i18n';
import { deskTestApi, screenWidth } from '../../desk/test/desk-test-api';
import { apiError } from '../../form-renderer/test/fake-api';
import OrgImportPage from './OrgImportPage';

// antd's first render is slow on a loaded 2-core box
configure({ asyncUtilTimeout: 10_000 });

const SUMMARY = {
  departments: { created: 1, updated: 0 },
  positions: { created: 0, updated: 0 },
  users: { created: 0, updated: 1, deactivated: 1 },
  ranks: { created: 0 },
};
const CHANGES = {
  departments: { created: ['研发二部'], updated: [] },
  positions: { created: [], updated: [] },
  users: { created: [], updated: ['张三'], deactivated: ['赵六'] },
};

const fileInput = () => {
  const el = document.querySelector('input[type=file]');
  if (!(el instanceof HTMLInputElement)) throw new Error('no file input');
  return el;
};
const choose = (file: File) => fireEvent.change(fileInput(), { target: { files: [file] } });

let restore: () => void = () => undefined;
beforeEach(() => {
  restore = screenWidth(1280);
  setLang('zh');
});
afterEach(() => restore());

describe('OrgImportPage', () => {
  it('lists every problem of a refused dry run by sheet and line, and writes nothing', async () => {
    const api = deskTestApi({
      'org.import': () => {
        throw apiError('validation_failed', 400, { zh: '导入被拒绝：文件中有 2 处问题', en: 'refused' }, [
          { path: 'departments:3', message: { zh: '上级部门「无此部门」不存在', en: 'no such parent' } },
          { path: 'users:5', message: { zh: '账号重复', en: 'duplicate login' } },
        ]);
      },
    });
    render(api.wrap(<OrgImportPage />));
    choose(new File(['x'], 'org.xlsx'));
    const table = await screen.findByTestId('import-problems');
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual(['部门3上级部门「无此部门」不存在', '人员5账号重复']);
    expect(api.callsTo('org.import').map((c) => (c.input as { dryRun: boolean }).dryRun)).toEqual([true]);
    expect(screen.queryByTestId('import-confirm')).toBeNull();
  });

  it('previews what will change by name, then imports the same file on confirm', async () => {
    const api = deskTestApi({
      'org.import': (input) => ({
        dryRun: (input as { dryRun: boolean }).dryRun,
        summary: SUMMARY,
        changes: CHANGES,
      }),
    });
    render(api.wrap(<OrgImportPage />));
    choose(new File(['部门名称\n研发二部\n'], 'departments.csv'));
    const preview = await screen.findByTestId('import-preview');
    expect(within(preview).getByTestId('created-departments').textContent).toContain('研发二部');
    expect(within(preview).getByTestId('deactivated-users').textContent).toContain('赵六');
    fireEvent.click(screen.getByTestId('import-confirm'));
    await screen.findByText('导入完成');
    const [dry, real] = api
      .callsTo('org.import')
      .map((c) => c.input as { dryRun: boolean; contentBase64: string; format: string });
    expect(dry?.dryRun).toBe(true);
    expect(real).toEqual({ ...dry, dryRun: false });
    expect(real?.format).toBe('csv');
  });

  it('says so for a file that is not xlsx/csv or is empty, without calling the server', async () => {
    const api = deskTestApi({});
    render(api.wrap(<OrgImportPage />));
    choose(new File(['%PDF-1.4'], 'org.pdf'));
    expect((await screen.findByTestId('import-local-problem')).textContent).toContain(
      '「org.pdf」不是 Excel（.xlsx）或 CSV 文件',
    );
    choose(new File([], 'empty.xlsx'));
    await waitFor(() =>
      expect(screen.getByTestId('import-local-problem').textContent).toContain('「empty.xlsx」是空文件'),
    );
    expect(api.calls).toEqual([]);
  });
});
