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

const published = [
  {
    templateId: 'tpl-leave',
    key: 'leave',
    title: { zh: '请假申请', en: 'Leave request' },
    version: 3,
    folder: null,
  },
  {
    templateId: 'tpl-car',
    key: 'car',
    title: { zh: '用车申请', en: 'Car booking' },
    version: 1,
    folder: null,
  },
  {
    templateId: 'tpl-pay',
    key: 'payment',
    title: { zh: '付款申请', en: 'Payment' },
    version: 2,
    folder: null,
  },
];
const access = {
  folders: [
    { id: 'f-admin', name: '行政', parentId: null },
    { id: 'f-fin', name: '财务', parentId: null },
  ],
  grants: [],
  templateFolders: { 'tpl-leave': 'f-admin', 'tpl-car': 'f-admin', 'tpl-pay': 'f-fin', 'tpl-new': null },
};

function server(roles: string[]) {
  return deskTestApi({
    'auth.me': () => me(roles),
    'forms.listPublished': () => published,
    'templates.access': () => access,
    'forms.draft': (input) => {
      const { templateId } = input as { templateId: string };
      if (templateId !== 'tpl-new') throw new Error('unexpected draft');
      return {
        templateId,
        key: 'purchase',
        title: { zh: '采购申请', en: 'Purchase' },
        serialPrefix: 'CG',
        draft: {},
        currentVersionId: null,
      };
    },
    'forms.saveDraft': () => ({ templateId: 'tpl-created', problems: [] }),
  });
}

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
  it('groups every template by folder, drafts never published included, each with its state and a design link', async () => {
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
    // only the never-published template's draft was asked for
    expect(api.callsTo('forms.draft').map((c) => c.input)).toEqual([{ templateId: 'tpl-new' }]);
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
    // a designer who is not an admin cannot read the folder tree, so it is not asked for
    expect(api.callsTo('templates.access')).toEqual([]);
  });

  it('tells a member without the designer role that the page is not for them, in English too', async () => {
    setLang('en');
    const api = server(['member']);
    render(api.wrap(<TemplatesPage />, '/designer'));
    expect(await screen.findByText('Only administrators and form designers can design forms')).toBeTruthy();
    expect(api.callsTo('forms.listPublished')).toEqual([]);
  });
});
