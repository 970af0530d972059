import type { AssigneeMapping, BpmnImport } from '@signoff/bpmn';
import type { Localized } from '@signoff/schema';
import type { FlowDefinition } from '../settings/route-types';

/**
 * A BPMN file from another modeller: the draft, what it names to map onto the org, the conditions
 * and elements that did not make it, and the mapping applied (from the lazily loaded package, so
 * the designer's chunk does not carry bpmn-moddle).
 */
export interface ForeignBpmn {
  imported: BpmnImport;
  apply: (mapping: AssigneeMapping) => FlowDefinition;
}

/**
 * What reading pasted text or a file gave: a route to import (with, for a foreign BPMN file, the
 * mapping still to do), or why nothing can be imported.
 */
export type RouteRead =
  { ok: true; flow: FlowDefinition; foreign?: ForeignBpmn } | { ok: false; error: Localized };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const routeShaped = (v: unknown): v is FlowDefinition =>
  isObj(v) && Array.isArray(v.nodes) && Array.isArray(v.edges);

/**
 * The route in a parsed JSON value: a route definition itself, a template as the designer saves it
 * (`flow`), or a catalog template file (`route`). Anything else is not a route; what is inside the
 * lists is left for validateFlow to judge, since the officer fixes that on the canvas.
 */
export function routeIn(value: unknown): FlowDefinition | undefined {
  if (routeShaped(value)) return value;
  if (!isObj(value)) return undefined;
  if (routeShaped(value.flow)) return value.flow;
  if (routeShaped(value.route)) return value.route;
  return undefined;
}
