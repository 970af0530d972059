import { render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n/i18n';
import { FormDataView } from './FormDataView';
import { fakeApi } from './test/fake-api';
import { TestProviders } from './test/providers';
import { testForm } from './test-form';
import { DESKTOP_WIDTH, setViewport } from './test/viewport';

const submitted = {
  title: '回老家',
  reason: '家中有事\n需回去三天',
  days: 3,
  amount: 1234.56,
  type: 'sick',
  doctor: '人民医院',
  urgency: 'high',
  tags: ['a', 'b'],
  needs: ['car'],
  start: '2026-05-04',
  span: ['2026-05-04', '2026-05-06'],
  at: '09:30',
  deputy: 'u-1',
  dept: 'd-1',
  files: [{ id: 'f-1', name: '病历.pdf', size: 204800, type: 'application/pdf' }],
  photos: [{ id: 'p-1', name: '现场.jpg', size: 1000, type: 'image/jpeg' }],
  items: [
    { what: '打印纸', qty: 2, unit: 10.1, amount: 20.2 },
    { what: '笔', qty: 3, unit: 0.1, amount: 0.3 },
  ],
  total: 20.5,
  sign: 'sig-1',
};

const api = () =>
  fakeApi({
    'directory.lookup': (input) => {
      const { userIds = [], departmentIds = [] } = input as { userIds?: string[]; departmentIds?: string[] };
      return {
        users: userIds.includes('u-1') ? [{ id: 'u-1', name: '李四', departmentName: '工程部' }] : [],
        departments: departmentIds.includes('d-1') ? [{ id: 'd-1', name: '行政部' }] : [],
      };
    },
  });

/** The value cell next to a label. */
const row = (label: string): HTMLElement => {
  const th = screen.getByText(label, { selector: '.ant-descriptions-item-label > span' }).closest('th');
  const td = th?.nextElementSibling;
  if (!(td instanceof HTMLElement)) throw new Error(`no value for ${label}`);
  return td;
};

beforeEach(() => setViewport(DESKTOP_WIDTH));

describe('FormDataView', () => {
  it('reads every field type as a person would, and the serial number of the request', async () => {
    render(
      <TestProviders api={api()}>
        <FormDataView uiSchema={testForm.uiSchema} data={submitted} model={testForm.model} serialNo="JK-202612-0001" />
      </TestProviders>,
    );
    expect(screen.getByTestId('data-serial-no').textContent).toBe('JK-202612-0001');
    expect(row('请假事由').textContent).toContain('家中有事\n需回去三天');
    expect(row('金额').textContent).toContain('¥1,234.56');
    expect(row('金额').textContent).toContain('大写：壹仟贰佰叁拾肆元伍角陆分');
    expect(row('假期类型').textContent).toContain('病假');
    expect(row('就诊医院').textContent).toContain('人民医院');
    expect(row('紧急程度').textContent).toContain('紧急');
    expect(row('标签').textContent).toContain('甲、乙');
    expect(row('请假期间').textContent).toContain('2026-05-04 ~ 2026-05-06');
    expect(row('出发时间').textContent).toContain('09:30');
    await waitFor(() => expect(row('工作代理人').textContent).toContain('李四（工程部）'));
    expect(row('费用部门').textContent).toContain('行政部');
    expect(within(row('附件')).getByRole('link', { name: '病历.pdf' }).getAttribute('href')).toBe('/files/f-1');
    expect(within(row('照片')).getByRole('img', { name: '现场.jpg' }).getAttribute('src')).toBe('/files/p-1');
    expect(within(row('申请人签名')).getByRole('img').getAttribute('src')).toBe('/files/sig-1');
    const table = within(row('费用明细')).getByRole('table');
    expect(within(table).getByText('打印纸')).toBeTruthy();
    expect(row('费用明细').textContent).toContain('金额：20.50');
    expect(row('合计').textContent).toContain('20.50');
    expect(screen.queryByText('隐藏字段')).toBeNull();
    expect(screen.queryByText('填写须知')).toBeNull();
  });

  it('leaves out a field its rule hid, and shows a dash for what was left empty, in English', () => {
    setLang('en');
    render(
      <TestProviders api={api()}>
        <FormDataView uiSchema={testForm.uiSchema} data={{ type: 'personal', doctor: '人民医院', reason: 'x' }} model={testForm.model} />
      </TestProviders>,
    );
    expect(screen.queryByText('Hospital')).toBeNull();
    expect(row('Title').textContent).toContain('—');
    expect(row('Leave type').textContent).toContain('Personal');
  });

  it('works from the UI schema alone, as the existing request page calls it', () => {
    render(
      <TestProviders api={api()}>
        <FormDataView uiSchema={testForm.uiSchema} data={{ reason: '有事', type: 'personal' }} />
      </TestProviders>,
    );
    expect(row('请假事由').textContent).toContain('有事');
    // the hospital field has a rule and no value: not shown
    expect(screen.queryByText('就诊医院')).toBeNull();
  });
});
