import { useMemo, useRef } from 'react';
import type { FormModel } from '@signoff/schema';
import { useAutosave } from '../../form-designer/page/use-autosave';
import type { TemplateDesign } from '../../form-designer/page/use-template-design';
import type { Flow } from '../canvas/route-canvas-types';

/**
 * The form designer's autosave, saving `{ model, flow }` with the route drawn here. That hook tells
 * "unsaved" by the model's identity and saves `design.flow`; so each flow gets its own copy of the
 * (unchanged) model, the same copy every time, and undoing back to the saved flow reads as saved.
 */
export function useRouteAutosave(design: TemplateDesign, initialFlow: Flow, flow: Flow) {
  const copies = useRef(new WeakMap<Flow, FormModel>([[initialFlow, design.model]]));
  let model = copies.current.get(flow);
  if (!model) {
    model = { ...design.model };
    copies.current.set(flow, model);
  }
  const withFlow = useMemo(
    (): TemplateDesign => ({ ...design, flow: flow as unknown as Record<string, unknown> }),
    [design, flow],
  );
  return useAutosave(withFlow, model);
}
