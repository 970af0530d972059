import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setLang } from '../../i18n/i18n';
import { fakeApi } from '../test/fake-api';
import { fieldEl, renderField } from '../test/render-form';

const L = (zh: string, en: string) => ({ zh, en });
const PEOPLE = [
  { id: 'u-1', name: '张三', login: 'zhang.san', departmentName: '工程部', initials: 'zs', pinyin: 'zhangsan' },
  { id: 'u-2', name: '李四', login: 'li.si', departmentName: '行政部', initials: 'ls', pinyin: 'lisi' },
];

function directory() {
  return fakeApi({
    'directory.search': (input) => {
      const { q } = input as { q: string };
      return PEOPLE.filter((p) => !q || p.name.includes(q) || p.initials.startsWith(q) || p.pinyin.startsWith(q)).map(({ id, name, login, departmentName, initials }) => ({ id, name, login, departmentName, initials }));
    },
    'directory.lookup': (input) => {
      const { userIds = [] } = input as { userIds?: string[] };
      return { users: PEOPLE.filter((p) => userIds.includes(p.id)).map((p) => ({ id: p.id, name: p.name, departmentName: p.departmentName })), departments: [] };
    },
  });
}

const deputy = { key: 'deputy', type: 'user' as const, label: L('工作代理人', 'Deputy'), required: true };

describe('user picker', () => {
  it('searches the directory by pinyin initials and stores the chosen id', async () => {
    const api = directory();
    const { store } = renderField(deputy, { api });
    const input = screen.getByLabelText(/工作代理人/);
    fireEvent.mouseDown(fieldEl('deputy').querySelector('.ant-select') as HTMLElement);
    fireEvent.change(input, { target: { value: 'zs' } });
    await waitFor(() => {
      expect(api.calls.some((c) => c.path === 'directory.search' && (c.input as { q: string }).q === 'zs')).toBe(true);
      expect(screen.queryByText('李四（行政部）', { selector: '.ant-select-item-option-content' })).toBeNull();
    });
    fireEvent.click(await screen.findByText('张三（工程部）', { selector: '.ant-select-item-option-content' }));
    expect(store.get('deputy')).toBe('u-1');
  });

  it('stores a multiple choice as a list, and nothing once it is cleared', async () => {
    const { store } = renderField({ ...deputy, multiple: true }, { api: directory() });
    fireEvent.mouseDown(fieldEl('deputy').querySelector('.ant-select') as HTMLElement);
    fireEvent.click(await screen.findByText('李四（行政部）', { selector: '.ant-select-item-option-content' }));
    fireEvent.click(await screen.findByText('张三（工程部）', { selector: '.ant-select-item-option-content' }));
    expect(store.get('deputy')).toEqual(['u-2', 'u-1']);
    fireEvent.click(fieldEl('deputy').querySelector('.ant-select-clear') as HTMLElement);
    await waitFor(() => expect(store.get('deputy')).toBeUndefined());
  });

  it('shows the names of ids already chosen (a draft, a request), looked up once', async () => {
    const api = directory();
    renderField({ ...deputy, multiple: true }, { api, initial: { deputy: ['u-1', 'u-2'] } });
    await waitFor(() => expect(fieldEl('deputy').textContent).toContain('张三'));
    expect(fieldEl('deputy').textContent).toContain('李四');
    const lookups = api.calls.filter((c) => c.path === 'directory.lookup');
    expect(lookups).toHaveLength(1);
    expect(lookups[0]?.input).toEqual({ userIds: ['u-1', 'u-2'] });
  });

  it('says a required person is missing, in English too', async () => {
    setLang('en');
    const { store } = renderField(deputy, { api: directory() });
    expect(fieldEl('deputy').textContent).toContain('Search people by name, pinyin or initials');
    act(() => void store.validate());
    expect(within(fieldEl('deputy')).getByRole('alert').textContent).toBe('"Deputy" is required');
    await Promise.resolve();
  });
});
