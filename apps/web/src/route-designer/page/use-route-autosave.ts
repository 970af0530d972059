import { useAutosave } from '../../form-designer/page/use-autosave';
import type { TemplateDesign } from '../../form-designer/page/use-template-design';
import type { Flow } from '../canvas/route-canvas-types';

/** The form designer's autosave, saving the draft with the route drawn here and the form as it is. */
export function useRouteAutosave(design: TemplateDesign, flow: Flow) {
  return useAutosave(design, design.model, flow as unknown as Record<string, unknown>);
}
