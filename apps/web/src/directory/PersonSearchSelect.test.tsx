import { useState } from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../i18n/i18n';
import { apiError, fakeApi, type FakeApi } from '../form-renderer/test/fake-api';
import { TestProviders } from '../form-renderer/test/providers';
import { screenWidth } from '../test/screen-width';
import { PersonSearchSelect, type PersonSearchSelectProps } from './PersonSearchSelect';
import type { DirectoryEntry } from './use-directory';

const PEOPLE = [
  {
    id: 'u-zhang',
    name: '张三',
    login: 'zhang.san',
    departmentName: '工程部',
    initials: 'zs',
    pinyin: 'zhangsan',
  },
  { id: 'u-li', name: '李四', login: 'li.si', departmentName: '行政部', initials: 'ls', pinyin: 'lisi' },
  { id: 'u-wang', name: '王五', login: 'wang.wu', initials: 'ww', pinyin: 'wangwu' },
];

function directory(overrides: Record<string, (input: unknown) => unknown> = {}) {
  return fakeApi({
    'directory.search': (input) => {
      const { q } = input as { q: string };
      return PEOPLE.filter(
        (p) => !q || p.name.includes(q) || p.initials.startsWith(q) || p.pinyin.startsWith(q),
      ).map(({ pinyin: _p, ...hit }) => hit);
    },
    'directory.lookup': (input) => {
      const { userIds = [] } = input as { userIds?: string[] };
      return {
        users: PEOPLE.filter((p) => userIds.includes(p.id)).map(({ id, name, departmentName }) => ({
          id,
          name,
          ...(departmentName ? { departmentName } : {}),
        })),
        departments: [],
      };
    },
    ...overrides,
  });
}

type Change = { value: string | string[] | undefined; chosen: DirectoryEntry[] };

/** The picker as a caller holds it: the value in state, every change recorded. */
function renderPicker(props: Partial<PersonSearchSelectProps> = {}, api: FakeApi = directory()) {
  const changes: Change[] = [];
  function Holder() {
    const [value, setValue] = useState<string | string[] | undefined>(
      props.value === null ? undefined : (props.value as string | string[] | undefined),
    );
    return (
      <PersonSearchSelect
        id="who"
        testId="picker"
        {...props}
        value={value}
        onChange={(v, chosen) => {
          changes.push({ value: v, chosen });
          setValue(v);
        }}
      />
    );
  }
  const view = render(
    <TestProviders api={api}>
      <Holder />
    </TestProviders>,
  );
  return { api, changes, view };
}

const input = () => document.getElementById('who') as HTMLInputElement;
const picker = () => screen.getByTestId('picker');
const option = (text: string) => screen.findByText(text, { selector: '.ant-select-item-option-content' });
const openAndType = (text: string) => {
  fireEvent.mouseDown(picker().querySelector('.ant-select-selector') ?? picker());
  fireEvent.change(input(), { target: { value: text } });
};
const searchesFor = (api: FakeApi) =>
  api.calls.filter((c) => c.path === 'directory.search').map((c) => (c.input as { q: string }).q);

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
  vi.useRealTimers();
});

describe('PersonSearchSelect', () => {
  it('asks the server nothing until it is opened, then finds people by pinyin initials with their department beside the name', async () => {
    const { api, changes } = renderPicker();
    expect(api.calls).toHaveLength(0);
    openAndType('zs');
    await waitFor(() => expect(searchesFor(api)).toContain('zs'));
    fireEvent.click(await option('张三（工程部）'));
    expect(changes).toEqual([
      { value: 'u-zhang', chosen: [{ id: 'u-zhang', name: '张三', detail: '工程部' }] },
    ]);
    // the choice reads with its department, so two people of one name stay apart
    expect(picker().querySelector('.ant-select-content')?.textContent ?? picker().textContent).toContain(
      '张三（工程部）',
    );
  });

  it('waits for a pause in typing: one search for a word, not one per key', async () => {
    const { api } = renderPicker();
    fireEvent.mouseDown(picker().querySelector('.ant-select-selector') ?? picker());
    for (const text of ['z', 'zh', 'zha', 'zhan', 'zhang'])
      fireEvent.change(input(), { target: { value: text } });
    await waitFor(() => expect(searchesFor(api)).toContain('zhang'));
    expect(searchesFor(api).filter((q) => q !== '')).toEqual(['zhang']);
  });

  it('picks several people; their tags show the names, and the search starts afresh after each pick', async () => {
    const { changes } = renderPicker({ multiple: true });
    openAndType('zs');
    fireEvent.click(await option('张三（工程部）'));
    expect(input().value).toBe('');
    fireEvent.change(input(), { target: { value: 'ls' } });
    fireEvent.click(await option('李四（行政部）'));
    expect(changes.at(-1)?.value).toEqual(['u-zhang', 'u-li']);
    expect(changes.at(-1)?.chosen.map((e) => e.name)).toEqual(['张三', '李四']);
    const tags = [...picker().querySelectorAll('.ant-select-selection-item-content')].map(
      (el) => el.textContent,
    );
    expect(tags).toEqual(['张三', '李四']);
  });

  it('can be used with the keyboard alone, and Enter never picks from an earlier search', async () => {
    const { changes } = renderPicker();
    const press = (key: string, keyCode: number) => {
      fireEvent.keyDown(input(), { key, code: key, keyCode, which: keyCode });
      fireEvent.keyUp(input(), { key, code: key, keyCode, which: keyCode });
    };
    act(() => input().focus());
    press('ArrowDown', 40);
    await option('张三（工程部）');
    // Enter straight after typing, before the answer for "ls" is in: the list of everyone is gone, nobody is picked
    fireEvent.change(input(), { target: { value: 'ls' } });
    expect(screen.queryByText('张三（工程部）', { selector: '.ant-select-item-option-content' })).toBeNull();
    press('Enter', 13);
    expect(changes).toEqual([]);
    // the list stays open with what was typed, and the next Enter picks from the answer
    expect(input().value).toBe('ls');
    await option('李四（行政部）');
    press('Enter', 13);
    expect(changes.at(-1)?.value).toBe('u-li');
  });

  it('leaves out the people who may not be chosen (the caller, for a transfer)', async () => {
    renderPicker({ excludeIds: ['u-zhang'] });
    openAndType('');
    await option('李四（行政部）');
    expect(screen.queryByText('张三（工程部）', { selector: '.ant-select-item-option-content' })).toBeNull();
  });

  it('shows ids chosen earlier (a draft, a request) as names, looked up once; an unknown id says so', async () => {
    const api = directory();
    renderPicker({ multiple: true, value: ['u-li', 'u-gone'] }, api);
    await waitFor(() => expect(picker().textContent).toContain('李四'));
    await waitFor(() => expect(picker().textContent).toContain('（未知：u-gone）'));
    const lookups = api.calls.filter((c) => c.path === 'directory.lookup');
    expect(lookups[0]?.input).toEqual({ userIds: ['u-gone', 'u-li'] });
    // li is known from then on; only the id nobody knows is asked about again
    expect(
      lookups.slice(1).every((c) => JSON.stringify(c.input) === JSON.stringify({ userIds: ['u-gone'] })),
    ).toBe(true);
  });

  it('says when the search failed, also after an earlier search worked', async () => {
    const failing = directory({
      'directory.search': (input) =>
        (input as { q: string }).q === ''
          ? [PEOPLE[0]]
          : Promise.reject(apiError('internal', 500, { zh: '服务暂时不可用', en: 'Service unavailable' })),
    });
    renderPicker({}, failing);
    openAndType('');
    await option('张三（工程部）');
    fireEvent.change(input(), { target: { value: 'x' } });
    expect(await screen.findByText('搜索失败：服务暂时不可用')).toBeTruthy();
    expect(screen.queryByText('张三（工程部）', { selector: '.ant-select-item-option-content' })).toBeNull();
  });

  it('speaks English: placeholder, the department in brackets, no match', async () => {
    setLang('en');
    renderPicker();
    expect(picker().textContent).toContain('Search people by name, pinyin or initials');
    openAndType('ls');
    expect(await option('李四 (行政部)')).toBeTruthy();
    fireEvent.change(input(), { target: { value: 'nobody' } });
    expect(await screen.findByText('No match')).toBeTruthy();
  });

  it('searches departments for a department field', async () => {
    const api = directory({ 'directory.search': () => [{ id: 'd-eng', name: '工程部', initials: 'gcb' }] });
    renderPicker({ kind: 'department' }, api);
    expect(picker().textContent).toContain('输入名称、拼音或首字母搜索部门');
    openAndType('gcb');
    expect(await option('工程部')).toBeTruthy();
    expect(api.calls.find((c) => c.path === 'directory.search')?.input).toMatchObject({ kind: 'department' });
  });

  it('is thumb-sized on a phone', () => {
    restore = screenWidth(390);
    renderPicker();
    expect(picker().classList.contains('ant-select-lg')).toBe(true);
  });
});
