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

/** Who published a version, as the versions list says it (`forms.versions`). */
export interface VersionPublisher {
  /** null: the system published it (the demo seed, a catalog installed from the command line) */
  publishedBy: string | null;
  /** null: the publisher's account no longer exists in the company */
  publishedByName: string | null;
}

export type PublisherWords = { kind: 'person'; name: string } | { kind: 'system' } | { kind: 'gone' };

export function publisherOf(v: VersionPublisher): PublisherWords {
  if (v.publishedBy === null) return { kind: 'system' };
  return v.publishedByName ? { kind: 'person', name: v.publishedByName } : { kind: 'gone' };
}
