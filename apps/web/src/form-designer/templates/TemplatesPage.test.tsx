import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../i18n/i18n';
import { deskTestApi, screenWidth } from '../../desk/test/desk-test-api';
import TemplatesPage from './TemplatesPage';

// antd's first dialog is slow on a loaded 2-core box
configure({ asyncUtilTimeout: 10_000 });

const me = (roles: string[]) => ({
  user: { id: 'u-1', name: '王管理', login: 'admin', roles },
  tenant: { id: 't-1', name: '示例公司' },
  mustChangePassword: false,
});

const row = (key: string, zh: string, en: string, over: Record<string, unknown> = {}) => ({
  templateId: `tpl-${key}`,
  key,
  title: { zh, en },
  folderId: null as string | null,
  publishedVersion: 1 as number | null,
  unpublishedChanges: false,
  draftUpdatedAt: null as string | null,
  draftUpdatedBy: null as { id: string; name: string } | null,
  archived: false,
  archivedAt: null as string | null,
  level: 'manager' as 'manager' | 'editor',
  ...over,
});
const active = [
  row('leave', '请假申请', 'Leave request', { folderId: 'f-admin', publishedVersion: 3 }),
  row('car', '用车申请', 'Car booking', {
    folderId: 'f-admin',
    unpublishedChanges: true,
    draftUpdatedAt: '2026-11-24T02:00:00.000Z',
    draftUpdatedBy: { id: 'u-zhang', name: '张三' },
  }),
  row('payment', '付款申请', 'Payment', { folderId: 'f-fin', publishedVersion: 2, level: 'editor' }),
  row('purchase', '采购申请', 'Purchase', { publishedVersion: null, unpublishedChanges: true }),
];
const archived = row('trip', '出差申请', 'Business trip', {
  archived: true,
  archivedAt: '2026-11-20T02:00:00.000Z',
});
const folders = [
  { id: 'f-admin', name: '行政', parentId: null },
  { id: 'f-fin', name: '财务', parentId: null },
];

function server(roles: string[], more: Record<string, (input: unknown) => unknown> = {}) {
  return deskTestApi({
    'auth.me': () => me(roles),
    'templates.list': (input) => ({
      folders,
      templates: (input as { archived?: boolean } | undefined)?.archived ? [...active, archived] : active,
    }),
    'forms.listPublished': () => [],
    'forms.saveDraft': () => ({ templateId: 'tpl-created', problems: [] }),
    ...more,
  });
}

/** Opens a row's 更多 menu and picks an item by what it does. */
async function pick(action: string, key: string) {
  fireEvent.click(await screen.findByTestId(`template-actions-${key}`));
  const item = await screen.findByTestId(`template-${action}-${key}`);
  fireEvent.click(item);
}

const dialog = () => {
  const d = screen.getAllByRole('dialog').at(-1);
  if (!d) throw new Error('no dialog');
  return d;
};

const groupTitles = () =>
  screen.getAllByTestId('designer-template-group').map((g) => g.querySelector('h5')?.textContent ?? '');

let restore: () => void = () => undefined;
beforeEach(() => {
  restore = screenWidth(1280);
});
afterEach(() => {
  restore();
  setLang('zh');
});

describe('the designers’ templates list', () => {
  it('groups every template the caller may edit by folder, each with its state and a design link', async () => {
    const api = server(['admin']);
    render(api.wrap(<TemplatesPage />, '/designer'));
    await screen.findByTestId('designer-template-purchase');
    // folders in pinyin order (财务 cai < 行政 xing), the folderless last
    expect(groupTitles()).toEqual(['财务1 个', '行政2 个', '未分组1 个']);
    const leave = screen.getByTestId('designer-template-leave');
    expect(within(leave).getByText('已发布 v3')).toBeTruthy();
    expect(within(leave).getByRole('link', { name: '设计「请假申请」' }).getAttribute('href')).toBe(
      '/designer/forms/tpl-leave',
    );
    expect(within(screen.getByTestId('designer-template-purchase')).getByText('草稿，未发布')).toBeTruthy();
    // published with edits since: both said, and who edited last
    const car = screen.getByTestId('designer-template-car');
    expect(within(car).getByText('有未发布的修改')).toBeTruthy();
    expect(within(car).getByText(/^张三 修改于 2026-11-24 \d\d:00$/)).toBeTruthy();
    expect(within(leave).queryByText('有未发布的修改')).toBeNull();
    // one call answers the whole list; archived forms are not asked for
    expect(api.callsTo('templates.list').map((c) => c.input)).toEqual([{ archived: false }]);
    expect(screen.queryByTestId('designer-template-trip')).toBeNull();
  });

  it('finds a template by its Chinese name, its pinyin and its initials', async () => {
    render(server(['admin']).wrap(<TemplatesPage />, '/designer'));
    await screen.findByTestId('designer-template-leave');
    const search = screen.getByTestId('designer-templates-search').querySelector('input');
    if (!search) throw new Error('no search box');
    const shown = () => screen.queryAllByTestId(/^designer-template-(?!group)/).map((r) => r.dataset.testid);
    for (const q of ['请假', 'qingjia', 'QJ', 'leave']) {
      fireEvent.change(search, { target: { value: q } });
      expect(shown()).toEqual(['designer-template-leave']);
    }
    fireEvent.change(search, { target: { value: 'zzz' } });
    expect(shown()).toEqual([]);
    expect(screen.getByText('没有与「zzz」匹配的表单')).toBeTruthy();
  });

  it('creates a form with saveDraft, key and prefix from the name, then opens it in the designer', async () => {
    const api = server(['member', 'designer']);
    render(api.wrap(<TemplatesPage />, '/designer'));
    fireEvent.click(await screen.findByTestId('new-template'));
    fireEvent.change(await screen.findByTestId('new-template-name-zh'), { target: { value: '出差申请' } });
    await waitFor(() =>
      expect(screen.getByTestId<HTMLInputElement>('new-template-key').value).toBe('chuchaishenqing'),
    );
    expect(screen.getByTestId<HTMLInputElement>('new-template-prefix').value).toBe('CCSQ');
    fireEvent.click(screen.getByTestId('new-template-ok'));
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe('/designer/forms/tpl-created'),
    );
    const saved = api.callsTo('forms.saveDraft')[0]?.input as Record<string, unknown> & {
      draft: { model: { key: string; fields: unknown[] } };
    };
    expect(saved.templateId).toBeUndefined();
    expect(saved).toMatchObject({
      key: 'chuchaishenqing',
      title: { zh: '出差申请', en: '出差申请' },
      serialPrefix: 'CCSQ',
    });
    expect(saved.draft.model).toMatchObject({ key: 'chuchaishenqing', fields: [] });
    // a designer who is not an admin has the list too
    expect(api.callsTo('templates.list')).toHaveLength(1);
  });

  it('tells a member without the designer role that the page is not for them, in English too', async () => {
    setLang('en');
    const api = server(['member']);
    render(api.wrap(<TemplatesPage />, '/designer'));
    expect(await screen.findByText('Only administrators and form designers can design forms')).toBeTruthy();
    expect(api.callsTo('templates.list')).toEqual([]);
  });

  it('renames a form from its menu with both names, then asks for the list again', async () => {
    const api = server(['admin'], {
      'templates.rename': (input) => input,
    });
    render(api.wrap(<TemplatesPage />, '/designer'));
    // the menu is a real button with the form's name, so Tab reaches it
    const trigger = await screen.findByTestId('template-actions-leave');
    expect(trigger.tagName).toBe('BUTTON');
    expect(trigger.getAttribute('aria-label')).toBe('「请假申请」的更多操作');
    await pick('rename', 'leave');
    const zh = await screen.findByTestId<HTMLInputElement>('rename-template-zh');
    expect(zh.value).toBe('请假申请');
    expect(within(dialog()).getByText(/已发布的版本保持不变/)).toBeTruthy();
    fireEvent.change(zh, { target: { value: '请休假申请' } });
    fireEvent.change(screen.getByTestId('rename-template-en'), { target: { value: '' } });
    fireEvent.click(screen.getByTestId('rename-template-ok'));
    await waitFor(() => expect(api.callsTo('templates.rename')).toHaveLength(1));
    // an empty English name takes the Chinese one
    expect(api.callsTo('templates.rename')[0]?.input).toEqual({
      templateId: 'tpl-leave',
      title: { zh: '请休假申请', en: '请休假申请' },
    });
    await waitFor(() => expect(api.callsTo('templates.list')).toHaveLength(2));
  });

  it('refuses an empty Chinese name without asking the server', async () => {
    const api = server(['admin'], { 'templates.rename': (input) => input });
    render(api.wrap(<TemplatesPage />, '/designer'));
    await pick('rename', 'leave');
    fireEvent.change(await screen.findByTestId('rename-template-zh'), { target: { value: '  ' } });
    fireEvent.click(screen.getByTestId('rename-template-ok'));
    expect(await within(dialog()).findByText('请填写名称')).toBeTruthy();
    expect(api.callsTo('templates.rename')).toEqual([]);
  });

  it('moves a form into the folder chosen by name', async () => {
    const api = server(['admin'], { 'templates.move': () => ({ ok: true }) });
    render(api.wrap(<TemplatesPage />, '/designer'));
    await pick('move', 'purchase');
    const select = within(dialog()).getByRole('combobox');
    fireEvent.mouseDown(select);
    fireEvent.click(await screen.findByText('财务', { selector: '.ant-select-item-option-content' }));
    fireEvent.click(screen.getByTestId('move-template-ok'));
    await waitFor(() => expect(api.callsTo('templates.move')).toHaveLength(1));
    expect(api.callsTo('templates.move')[0]?.input).toEqual({
      templateId: 'tpl-purchase',
      folderId: 'f-fin',
    });
  });

  it('duplicates a form and opens the copy in the designer', async () => {
    const api = server(['member', 'designer'], {
      'templates.duplicate': () => ({
        templateId: 'tpl-leave-copy',
        key: 'leave_copy',
        title: { zh: '请假申请（副本）', en: 'Leave request (copy)' },
        problems: [],
      }),
    });
    render(api.wrap(<TemplatesPage />, '/designer'));
    await pick('duplicate', 'leave');
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe('/designer/forms/tpl-leave-copy'),
    );
    expect(api.callsTo('templates.duplicate').map((c) => c.input)).toEqual([{ templateId: 'tpl-leave' }]);
  });

  it('archives a form only after saying what that does; archived forms show behind the switch, to restore', async () => {
    const api = server(['admin'], {
      'templates.archive': (input) => ({
        ...(input as object),
        archived: true,
        archivedAt: '2026-11-24T02:00:00.000Z',
      }),
      'templates.unarchive': (input) => ({ ...(input as object), archived: false, archivedAt: null }),
    });
    render(api.wrap(<TemplatesPage />, '/designer'));
    await pick('archive', 'car');
    expect(within(dialog()).getByText('停用「用车申请」？')).toBeTruthy();
    expect(within(dialog()).getByText(/已在审批中的申请照常进行/)).toBeTruthy();
    expect(api.callsTo('templates.archive')).toEqual([]);
    fireEvent.click(screen.getByTestId('archive-template-ok'));
    await waitFor(() =>
      expect(api.callsTo('templates.archive').map((c) => c.input)).toEqual([{ templateId: 'tpl-car' }]),
    );

    fireEvent.click(screen.getByTestId('designer-templates-show-archived'));
    const trip = await screen.findByTestId('designer-template-trip');
    expect(within(trip).getByText('已停用')).toBeTruthy();
    expect(api.callsTo('templates.list').map((c) => c.input)).toContainEqual({ archived: true });
    await pick('restore', 'trip');
    expect(within(dialog()).getByText('启用「出差申请」？')).toBeTruthy();
    fireEvent.click(screen.getByTestId('archive-template-ok'));
    await waitFor(() =>
      expect(api.callsTo('templates.unarchive').map((c) => c.input)).toEqual([{ templateId: 'tpl-trip' }]),
    );
  });

  it('offers an editor rename and duplicate but not move or archive, which are the managers’', async () => {
    render(server(['member', 'designer']).wrap(<TemplatesPage />, '/designer'));
    fireEvent.click(await screen.findByTestId('template-actions-payment'));
    const disabled = (action: string) =>
      screen.getByTestId(`template-${action}-payment`).getAttribute('aria-disabled');
    await screen.findByTestId('template-rename-payment');
    expect(disabled('rename')).not.toBe('true');
    expect(disabled('duplicate')).not.toBe('true');
    expect(disabled('move')).toBe('true');
    expect(disabled('archive')).toBe('true');
  });

  it('shows a refused rename in the dialog, in English too', async () => {
    setLang('en');
    const api = server(['admin'], {
      'templates.rename': () => {
        throw new Error('forbidden');
      },
    });
    render(api.wrap(<TemplatesPage />, '/designer'));
    await pick('rename', 'leave');
    expect(within(dialog()).getByText('Rename the form')).toBeTruthy();
    fireEvent.click(screen.getByTestId('rename-template-ok'));
    expect(await within(dialog()).findByText(/^Could not rename the form:/)).toBeTruthy();
  });
});
