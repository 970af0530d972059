import type { Flow } from '../canvas/route-canvas-types';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The route of a `forms.version` answer (the draft's shape: `{ draft: { model, flow } }`), read by
 * shape as the form designer reads the model; null when it holds nothing that looks like a route.
 */
export function flowOfVersion(answer: unknown): Flow | null {
  if (!isRecord(answer)) return null;
  const inner = isRecord(answer.draft) ? answer.draft : answer;
  const flow = inner.flow;
  if (!isRecord(flow) || !Array.isArray(flow.nodes) || !Array.isArray(flow.edges)) return null;
  return flow as unknown as Flow;
}

/**
 * Who published a version, when the server says: `forms.versions` answers only the number and
 * the time today, so this reads a `publishedByName` / `publishedBy` text if one is ever added.
 */
export function publisherOf(version: object): string | undefined {
  const v = version as Record<string, unknown>;
  const who = v.publishedByName ?? v.publishedBy;
  return typeof who === 'string' && who !== '' ? who : undefined;
}
