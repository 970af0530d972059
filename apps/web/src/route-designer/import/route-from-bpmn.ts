import type { FormField, Localized } from '@signoff/schema';
import { localized } from './localized-text';
import type { RouteRead } from './route-read';

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * A BPMN file as a route. `@signoff/bpmn` (and bpmn-moddle with it) loads only when a file is
 * picked, so the designer's chunk does not carry it. A file Signoff exported is read back whole;
 * a file from another modeller (Camunda, Flowable, bpmn-js) becomes a draft whose candidate groups
 * and assignees the officer maps onto the org before it goes on the canvas. Malformed XML is told
 * with its line and column; nothing is imported from a file that gives no route.
 */
export async function routeFromBpmn(
  xml: string,
  ctx: { fields?: readonly FormField[] | undefined } = {},
): Promise<RouteRead> {
  if (xml.trim() === '') return { ok: false, error: localized((s) => s.errors.empty) };
  const bpmn = await import('@signoff/bpmn');
  let definitions: unknown;
  let warnings: string[];
  try {
    ({ definitions, warnings } = await bpmn.readBpmn(xml));
  } catch (e) {
    return { ok: false, error: bpmn.parseBpmnFailure(e).localized };
  }
  try {
    if (bpmn.isSignoffBpmn(definitions)) return { ok: true, flow: bpmn.readSignoffRoute(definitions) };
    const imported = { ...bpmn.importBpmnDefinitions(definitions, { fields: ctx.fields }), warnings };
    return {
      ok: true,
      flow: imported.draft,
      foreign: { imported, apply: (mapping) => bpmn.applyAssigneeMapping(imported, mapping) },
    };
  } catch (e) {
    if (e instanceof bpmn.BpmnImportError) return { ok: false, error: e.localized };
    const what: Localized =
      e instanceof bpmn.BpmnReadError ? e.localized : { zh: messageOf(e), en: messageOf(e) };
    return { ok: false, error: localized((s) => s.errors.bpmn, { what }) };
  }
}
