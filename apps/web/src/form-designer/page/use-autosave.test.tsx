import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FormModel } from '@signoff/schema';
import { deskTestApi } from '../../desk/test/desk-test-api';
import { AUTOSAVE_DELAY_MS, useAutosave, type DesignEdit } from './use-autosave';
import type { TemplateDesign } from './use-template-design';

const model: FormModel = {
  modelVersion: 1,
  key: 'leave',
  title: { zh: '请假', en: 'Leave' },
  fields: [{ key: 'days', type: 'number', label: { zh: '天数', en: 'Days' } }],
};
const flow = { nodes: [{ id: 'start', type: 'start' }], edges: [] };
const design = (over: Partial<TemplateDesign> = {}): TemplateDesign => ({
  templateId: 'tpl-leave',
  key: 'leave',
  title: model.title,
  serialPrefix: 'QJ',
  model,
  flow,
  basedOnVersion: 1,
  published: model,
  ...over,
});

function Probe({ d, edit }: { d: TemplateDesign; edit: DesignEdit }) {
  const { state } = useAutosave(d, edit);
  return <output data-testid="state">{state.kind}</output>;
}

const state = () => screen.getByTestId('state').textContent;
const settle = () => new Promise((r) => setTimeout(r, AUTOSAVE_DELAY_MS + 300));

describe('useAutosave', () => {
  it('the route designer: an edited flow is saved with the form as the design holds it', async () => {
    const api = deskTestApi({ 'forms.saveDraft': () => ({ templateId: 'tpl-leave', problems: [] }) });
    const d = design();
    const { rerender } = render(api.wrap(<Probe d={d} edit={{ flow: d.flow }} />));
    expect(state()).toBe('saved');
    const edited = { ...flow, edges: [{ id: 'e1', source: 'start', target: 'end' }] };
    rerender(api.wrap(<Probe d={d} edit={{ flow: edited }} />));
    expect(state()).toBe('dirty');
    await waitFor(() => expect(api.callsTo('forms.saveDraft')).toHaveLength(1), { timeout: 5000 });
    const sent = api.callsTo('forms.saveDraft')[0]?.input as { draft: { model: unknown; flow: unknown } };
    expect(sent.draft.flow).toEqual(edited);
    expect(sent.draft.model).toBe(model);
    await waitFor(() => expect(state()).toBe('saved'));
  });

  it('a refetched design (new objects, nothing edited) is not an edit, in either designer', async () => {
    const api = deskTestApi({ 'forms.saveDraft': () => ({ templateId: 'tpl-leave', problems: [] }) });
    const d = design();
    const { rerender } = render(api.wrap(<Probe d={d} edit={{ model: d.model }} />));
    // after a publish the draft query answers again: same content, new objects
    const refetched = design({ flow: structuredClone(flow), published: structuredClone(model) });
    rerender(api.wrap(<Probe d={refetched} edit={{ model: d.model }} />));
    expect(state()).toBe('saved');
    await act(settle);
    expect(api.callsTo('forms.saveDraft')).toHaveLength(0);

    const route = render(api.wrap(<Probe d={d} edit={{ flow: d.flow }} />));
    route.rerender(api.wrap(<Probe d={design({ model: structuredClone(model) })} edit={{ flow: d.flow }} />));
    await act(settle);
    expect(api.callsTo('forms.saveDraft')).toHaveLength(0);
  });

  it('undoing back to the saved object is saved again, without a request', async () => {
    const api = deskTestApi({ 'forms.saveDraft': () => ({ templateId: 'tpl-leave', problems: [] }) });
    const d = design();
    const { rerender } = render(api.wrap(<Probe d={d} edit={{ model }} />));
    rerender(api.wrap(<Probe d={d} edit={{ model: { ...model, title: { zh: '休假', en: 'Time off' } } }} />));
    expect(state()).toBe('dirty');
    rerender(api.wrap(<Probe d={d} edit={{ model }} />));
    expect(state()).toBe('saved');
    await act(settle);
    expect(api.callsTo('forms.saveDraft')).toHaveLength(0);
  });
});
