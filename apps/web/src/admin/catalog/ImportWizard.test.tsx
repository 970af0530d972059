import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deskTestApi, screenWidth } from '../../desk/test/desk-test-api';
import { setLang } from '../../i18n/i18n';
import { ImportWizard } from './ImportWizard';
import './admin-catalog.i18n';

configure({ asyncUtilTimeout: 10_000 });

const source = {
  kind: 'shipped' as const,
  code: 'small-company',
  title: { zh: '小公司审批目录', en: 'Small company' },
  flows: [{ key: 'sc_vehicle', title: { zh: '派车申请', en: 'Vehicle' }, steps: 3 }],
};

let restore: () => void = () => undefined;
beforeEach(() => {
  restore = screenWidth(1280);
});
afterEach(() => {
  restore();
  setLang('zh');
});

describe('the catalog import wizard', () => {
  it('plans first, creates a missing position where the admin maps it, then imports and lists the outcome', async () => {
    let driverFound = false;
    const api = deskTestApi({
      'org.view': () => ({
        departments: [{ id: 'd-root', name: '艾克美', parentId: null }],
        positions: [],
        users: [],
      }),
      'catalog.plan': () => ({
        catalog: 'small-company',
        flows: [{ key: 'sc_vehicle', title: source.flows[0]!.title }],
        departments: [{ name: '综合部', status: 'missing' }],
        positions: [{ name: '司机', department: '综合部', status: driverFound ? 'found' : 'missing' }],
        ranks: [],
        warnings: [],
        complete: false,
      }),
      'org.savePosition': () => {
        driverFound = true;
        return { id: 'p-1' };
      },
      'catalog.import': () => ({
        catalog: 'small-company',
        dryRun: false,
        created: { departments: ['综合部'], positions: [], ranks: [] },
        templates: [
          {
            key: 'sc_vehicle',
            title: source.flows[0]!.title,
            status: 'published',
            templateId: 't-1',
            version: 1,
          },
        ],
      }),
    });
    render(api.wrap(<ImportWizard source={source} onBack={() => undefined} />, '/admin/catalog'));
    const positions = await screen.findByTestId('plan-positions');
    const driver = within(positions).getByText('司机').closest('tr');
    if (!driver) throw new Error('no row');
    expect(within(driver).getByText('缺少')).toBeTruthy();
    expect(screen.getByTestId('plan-summary').textContent).toContain('缺少 2 项');

    // 司机 is put in the root department by hand
    fireEvent.mouseDown(within(within(driver).getByTestId('map-position-司机')).getByRole('combobox'));
    fireEvent.click(await screen.findByText('艾克美', { selector: '.ant-select-item-option-content' }));
    fireEvent.click(within(driver).getByTestId('map-create'));
    await waitFor(() =>
      expect(api.callsTo('org.savePosition')[0]?.input).toEqual({
        name: '司机',
        departmentId: 'd-root',
        isHead: false,
      }),
    );
    await waitFor(() => expect(within(screen.getByTestId('plan-positions')).getByText('已有')).toBeTruthy());

    fireEvent.click(screen.getByTestId('wizard-import'));
    await screen.findByTestId('catalog-result');
    expect(api.callsTo('catalog.import')[0]?.input).toEqual({
      catalog: 'small-company',
      createMissing: true,
      dryRun: false,
    });
    expect(screen.getByTestId('result-published').textContent).toBe('新建');
    expect(screen.getByTestId('result-created').textContent).toContain('部门：综合部');
  });

  it('maps a needed position onto an existing, differently named one, and imports with that mapping', async () => {
    const api = deskTestApi({
      'org.view': () => ({
        departments: [{ id: 'd-root', name: '艾克美', parentId: null }],
        positions: [{ id: 'p-gm', name: '总经理', departmentId: 'd-root', isHead: true }],
        ranks: [],
        users: [],
      }),
      'catalog.plan': (raw) => {
        const input = raw as { mapping?: { positions?: Record<string, string> } };
        const chosen = input.mapping?.positions?.['司机'] === 'p-gm';
        return {
          catalog: 'small-company',
          flows: [{ key: 'sc_vehicle', title: source.flows[0]!.title }],
          departments: [],
          positions: [
            chosen
              ? {
                  name: '司机',
                  department: '综合部',
                  status: 'found',
                  positionIds: ['p-gm'],
                  holders: 1,
                  mappedTo: { id: 'p-gm', name: '总经理' },
                }
              : { name: '司机', department: '综合部', status: 'missing', holders: 0 },
          ],
          ranks: [],
          warnings: [],
          complete: chosen,
        };
      },
      'catalog.import': () => ({
        catalog: 'small-company',
        dryRun: false,
        created: { departments: [], positions: [], ranks: [] },
        templates: [],
      }),
    });
    render(api.wrap(<ImportWizard source={source} onBack={() => undefined} />, '/admin/catalog'));
    const choice = await screen.findByTestId('use-position-司机');
    // nothing of that name in the company: "create it" is the starting choice
    expect(choice.textContent).toContain('新建「司机」');
    fireEvent.mouseDown(within(choice).getByRole('combobox'));
    fireEvent.click(
      await screen.findByText('总经理（艾克美）', { selector: '.ant-select-item-option-content' }),
    );
    await screen.findByText('对照到「总经理」');
    expect(screen.getByTestId('plan-summary').textContent).toContain('组织中已有');

    fireEvent.click(screen.getByTestId('wizard-import'));
    await screen.findByTestId('catalog-result');
    expect(api.callsTo('catalog.import')[0]?.input).toEqual({
      catalog: 'small-company',
      mapping: { positions: { 司机: 'p-gm' } },
      createMissing: false,
      dryRun: false,
    });
  });

  it('plans an uploaded file by a dry-run import, which is a POST, not by a query carrying the file in its URL', async () => {
    const file = { key: 'sc_vehicle', title: source.flows[0]!.title };
    const plan = {
      catalog: 'upload',
      flows: [],
      departments: [],
      positions: [],
      ranks: [],
      warnings: [],
      complete: true,
    };
    const api = deskTestApi({
      'org.view': () => ({ departments: [], positions: [], users: [] }),
      'catalog.import': () => ({
        catalog: 'upload',
        dryRun: true,
        plan,
        created: { departments: [], positions: [], ranks: [] },
        templates: [],
      }),
    });
    render(
      api.wrap(
        <ImportWizard source={{ ...source, kind: 'upload', file }} onBack={() => undefined} />,
        '/admin/catalog',
      ),
    );
    expect((await screen.findByTestId('plan-summary')).textContent).toContain('组织中已有');
    expect(api.callsTo('catalog.import')[0]?.input).toEqual({
      catalog: 'upload',
      file,
      createMissing: true,
      dryRun: true,
    });
    expect(api.callsTo('catalog.plan')).toHaveLength(0);
  });
});
