import { readdirSync, readFileSync } from 'node:fs';
import type { FlowDefinition } from '@signoff/flow';

// Test fixtures only: the core itself does no I/O.
const TEMPLATES = new URL('../../../../templates/', import.meta.url);

const routeIn = (file: URL): FlowDefinition =>
  (JSON.parse(readFileSync(file, 'utf8')) as { route: FlowDefinition }).route;

/** 用印审批: seven department paths, one joining another half-way, and nested branches. */
export const sealRoute = (): FlowDefinition => routeIn(new URL('real-estate/12-re_seal.json', TEMPLATES));

/** Every route of the two catalogs (31 templates). */
export function catalogRoutes(): FlowDefinition[] {
  return ['real-estate', 'small-company'].flatMap((dir) =>
    readdirSync(new URL(`${dir}/`, TEMPLATES))
      .filter((f) => /^\d\d-.*\.json$/.test(f))
      .map((f) => routeIn(new URL(`${dir}/${f}`, TEMPLATES))),
  );
}

/** One catalog route by its key, e.g. `sc_leave`. */
export function catalogRoute(key: string): FlowDefinition {
  const route = catalogRoutes().find((r) => r.key === key);
  if (!route) throw new Error(`no catalog route ${key}`);
  return route;
}
