import type { TemplateDesign } from '../../form-designer/page/use-template-design';
import { useAutosave } from '../../form-designer/page/use-autosave';
import type { Flow } from '../canvas/route-canvas-types';

/**
 * The form designer's autosave, told that this page edits the route: the flow drawn here is the
 * half compared with what was saved, the form goes as the design holds it.
 */
export function useRouteAutosave(design: TemplateDesign, flow: Flow) {
  return useAutosave(design, { flow: flow as unknown as Record<string, unknown> });
}
