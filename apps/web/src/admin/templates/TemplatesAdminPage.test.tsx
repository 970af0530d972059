import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deskTestApi, screenWidth } from '../../desk/test/desk-test-api';
import { setLang } from '../../i18n/i18n';
import TemplatesAdminPage from './TemplatesAdminPage';
import { testFacts } from './test-facts';

// antd's first drawer is slow on a loaded 2-core box
configure({ asyncUtilTimeout: 10_000 });

const facts = testFacts();
const listRow = (t: (typeof facts.templates)[number]) => ({
  ...t,
  publishedVersion: 1,
  unpublishedChanges: false,
  draftUpdatedAt: null,
  draftUpdatedBy: null,
  archivedAt: null,
  level: 'manager' as const,
});

function server(more: Record<string, (input: unknown) => unknown> = {}) {
  return deskTestApi({
    'templates.access': () => ({ folders: facts.folders, grants: facts.grants, templateFolders: {} }),
    'templates.list': () => ({ folders: facts.folders, templates: facts.templates.map(listRow) }),
    'org.view': () => ({ ...facts, ranks: [], supervisions: [], delegations: [] }),
    'forms.listPublished': () => [],
    ...more,
  });
}

let restore: () => void = () => undefined;
beforeEach(() => {
  restore = screenWidth(1280);
});
afterEach(() => {
  restore();
  setLang('zh');
});

describe('the templates and permissions page', () => {
  it('shows each form with the folder it inherits grants from, and who can see it', async () => {
    render(server().wrap(<TemplatesAdminPage />, '/admin/templates'));
    const table = await screen.findByTestId('admin-templates-table');
    const pay = within(table).getByText('付款申请').closest('tr');
    if (!pay) throw new Error('no row');
    expect(within(pay).getByText('财务类 / 报销')).toBeTruthy();
    expect(within(pay).getByText('继承自 财务类')).toBeTruthy();
    const leave = within(table).getByText('请假申请').closest('tr');
    expect(leave && within(leave).getByText('开放（所有人可发起）')).toBeTruthy();

    fireEvent.click(within(pay).getByTestId('template-who'));
    const who = await screen.findByTestId('who-can-see');
    await waitFor(() => expect(within(who).getByText('钱会计 · qian')).toBeTruthy());
    // 张三 of 工程部 is outside the granted department: not among those who see it
    expect(within(who).queryByText(/张三/)).toBeNull();
  });

  it('grants a tier on a folder to a department, with the folder as the target', async () => {
    const api = server({ 'templates.grant': (input) => ({ ...(input as object), id: 'g-new' }) });
    render(api.wrap(<TemplatesAdminPage />, '/admin/templates'));
    fireEvent.click(await within(await screen.findByTestId('folder-tree')).findByText('财务类'));
    fireEvent.click(await screen.findByTestId('folder-permissions'));
    const panel = await screen.findByTestId('grants-panel');
    expect(within(panel).getAllByTestId('grant-row')).toHaveLength(1);
    // the default choice, everyone as author, goes out as it is
    fireEvent.click(within(panel).getByTestId('grant-submit'));
    await waitFor(() => expect(api.callsTo('templates.grant')).toHaveLength(1));
    expect(api.callsTo('templates.grant')[0]?.input).toEqual({
      targetType: 'folder',
      targetId: 'f-fin',
      principalType: 'everyone',
      principalId: '',
      level: 'author',
    });
  });
});
