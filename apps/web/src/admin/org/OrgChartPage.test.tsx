import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../i18n/i18n';
import { refusal, refuse, testApi, type Answer } from '../../request/test/test-api';
import OrgChartPage from './OrgChartPage';
import { orgFixture } from './test/org-fixture';

// antd's first table and dialog are slow on a loaded 2-core box
configure({ asyncUtilTimeout: 10_000 });

function openPage(answers: Record<string, Answer> = {}) {
  const api = testApi({ 'org.view': () => orgFixture(), ...answers });
  render(api.wrap(<OrgChartPage />));
  return api;
}

const confirm = async () => {
  const pop = await screen.findByRole('tooltip');
  fireEvent.click(within(pop).getAllByRole('button').at(-1)!);
};

describe('the org chart', () => {
  beforeEach(() => setLang('zh'));

  it('shows the tree with the virtual department marked, and the first department with its head and people', async () => {
    openPage();
    const tree = await screen.findByTestId('department-tree');
    expect(within(tree).getByTestId('dept-node-应届大学生').textContent).toContain('虚拟');
    expect(within(tree).getByTestId('dept-node-工程部').textContent).not.toContain('虚拟');
    expect(screen.getByTestId('department-name-heading').textContent).toBe('示例科技');

    fireEvent.click(within(tree).getByTestId('dept-node-工程部'));
    await waitFor(() => expect(screen.getByTestId('department-name-heading').textContent).toBe('工程部'));
    expect(screen.getByTestId('department-head').textContent).toBe('李四');
    const positions = screen.getByTestId('positions');
    expect(within(positions).getByTestId('position-row-工程部经理').textContent).toContain('李四');
    // a leaver no longer holds the seat
    expect(within(positions).getByTestId('position-row-技术主管').textContent).toContain('空缺');
    const people = screen.getByTestId('people');
    expect(within(people).getByText('赵六').closest('tr')?.textContent).toContain('兼职部门');
  });

  it("puts the server's delete guard on the department, and keeps it", async () => {
    const api = openPage({
      'org.deleteDepartment': () =>
        refuse(
          refusal(
            'conflict',
            '部门「工程部」还有 0 个下级部门、2 个岗位、3 名人员，不能删除',
            'Engineering still has 0 sub-departments, 2 positions and 3 people',
          ),
        ),
    });
    fireEvent.click(within(await screen.findByTestId('department-tree')).getByTestId('dept-node-工程部'));
    await waitFor(() => expect(screen.getByTestId('department-name-heading').textContent).toBe('工程部'));
    fireEvent.click(screen.getByTestId('delete-department'));
    await confirm();
    expect((await screen.findByTestId('department-problem')).textContent).toContain('2 个岗位、3 名人员');
    expect(api.callsTo('org.deleteDepartment')[0]?.input).toEqual({ id: 'd-eng' });
    expect(screen.getByTestId('department-name-heading').textContent).toBe('工程部');
  });

  it("shows a refused position delete on that position's row only", async () => {
    setLang('en');
    openPage({
      'org.deletePosition': () =>
        refuse(refusal('conflict', '岗位仍有 1 名任职人', 'The position still has 1 holder')),
    });
    fireEvent.click(within(await screen.findByTestId('department-tree')).getByTestId('dept-node-工程部'));
    await screen.findByTestId('position-row-工程部经理');
    fireEvent.click(screen.getByTestId('delete-position-工程部经理'));
    await confirm();
    const row = screen.getByTestId('position-row-工程部经理');
    await waitFor(() =>
      expect(within(row).getByTestId('row-problem').textContent).toBe('The position still has 1 holder'),
    );
    expect(within(screen.getByTestId('position-row-技术主管')).queryByTestId('row-problem')).toBeNull();
  });
});
