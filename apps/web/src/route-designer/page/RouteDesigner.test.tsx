import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { applyRouteCommand, routeIdSource } from '@signoff/designer';
import { leaveRouteExample } from '@signoff/flow';
import type { TemplateDesign } from '../../form-designer/page/use-template-design';
import { testApi } from '../../request/test/test-api';
import '../route-designer-i18n-load';
import type { RouteOrg } from '../settings';
import { testOrg } from '../settings/test-route';
import { leaveModel } from '../simulation/test/simulation-fixtures';
import { RouteDesigner } from './RouteDesigner';

const saved = vi.hoisted(() => ({ files: [] as { name: string; text: string }[] }));
vi.mock('../../files/save-file', () => ({
  saveTextFile: (name: string, text: string) => saved.files.push({ name, text }),
}));

// jsdom answers every media query with "no", which reads as a phone: the designer is for a desktop
vi.mock('../../hooks/use-is-phone', () => ({ useIsPhone: () => false }));

/** The draft has dropped version 1's filing step; version 1 still has it. */
function design(): TemplateDesign {
  const v1 = leaveRouteExample();
  const r = applyRouteCommand(v1, { type: 'removeNode', nodeId: 'filing' }, { newId: routeIdSource(v1) });
  if (!r.ok) throw new Error('refused');
  return {
    templateId: 't-leave',
    key: 'leave',
    title: { zh: '请假申请', en: 'Leave request' },
    serialPrefix: 'QJ',
    model: leaveModel(),
    flow: r.flow as unknown as Record<string, unknown>,
    basedOnVersion: 1,
    published: null,
  };
}

function renderDesigner(org: RouteOrg | undefined = undefined) {
  const api = testApi({
    'forms.versions': () => [
      { versionId: 'tv1', version: 1, publishedAt: '2026-11-01T02:00:00.000Z', current: true },
    ],
    'forms.version': () => ({
      templateId: 't-leave',
      draft: { model: leaveModel(), flow: leaveRouteExample() },
    }),
    'simulationCases.list': () => [],
  });
  render(api.wrap(<RouteDesigner design={design()} org={org} onPublished={() => undefined} />));
  return api;
}

const canvas = () => screen.getByTestId('route-canvas');
const SLOW = { timeout: 15_000 };
/** The first layout (elkjs, on the page in jsdom) can take seconds on a busy machine. */
const laidOut = () => within(canvas()).findByTestId('route-node-leader', {}, SLOW);

describe('RouteDesigner: versions and BPMN', () => {
  it("puts an old version's route back as one step that undo takes back", async () => {
    renderDesigner();
    await laidOut();
    expect(within(canvas()).queryByTestId('route-node-filing')).toBeNull();

    fireEvent.click(screen.getByTestId('route-versions'));
    fireEvent.click(await screen.findByTestId('route-version-restore-1'));
    fireEvent.click(await screen.findByRole('button', { name: /^替\s?换$/ }));
    expect(await within(canvas()).findByTestId('route-node-filing', {}, SLOW)).toBeTruthy();

    fireEvent.click(screen.getByTestId('route-undo'));
    await waitFor(() => expect(within(canvas()).queryByTestId('route-node-filing')).toBeNull(), SLOW);
  });

  it('downloads the draft as leave.bpmn', async () => {
    saved.files.length = 0;
    renderDesigner();
    await laidOut();
    fireEvent.click(screen.getByTestId('route-download-bpmn'));
    await waitFor(() => expect(saved.files.map((f) => f.name)).toEqual(['leave.bpmn']));
    expect(saved.files[0]?.text).toContain('<bpmn:userTask id="leader" name="分管领导审批"');
    expect(saved.files[0]?.text).not.toContain('filing');
  });

  it('imports a pasted route as the draft and marks the position the org does not have', async () => {
    renderDesigner(testOrg);
    await laidOut();
    const before = screen.getByTestId('route-problem-count').textContent;
    const pasted = leaveRouteExample();
    pasted.nodes = pasted.nodes.map((n) =>
      n.id === 'leader' && n.type === 'approve' ? { ...n, approvers: { kind: 'position', name: '总监' } } : n,
    );

    fireEvent.click(screen.getByTestId('route-import'));
    const dialog = await screen.findByTestId('route-import-dialog');
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: JSON.stringify(pasted) } });
    fireEvent.click(screen.getByTestId('route-import-confirm'));
    await screen.findByTestId('route-import-result');
    fireEvent.click(screen.getByTestId('route-import-confirm'));

    // the imported route is on the canvas (its filing step is back), the unknown position marked on its node
    expect(await within(canvas()).findByTestId('route-node-filing', {}, SLOW)).toBeTruthy();
    await waitFor(
      () =>
        expect(within(canvas()).getByTestId('route-node-leader').getAttribute('data-problem')).toBe('true'),
      SLOW,
    );
    expect(screen.getByTestId('route-problem-count').textContent).not.toBe(before);
    expect(screen.getByTestId('route-problem-count').textContent).toMatch(/[1-9]\d* 个问题/);
  });
});
