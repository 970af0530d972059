import type { JsonSchema } from '@signoff/schema';

const MAX = 500;
const byVersion = new Map<string, JsonSchema>();

/**
 * One parsed schema object per published version. Versions never change, so the object can be
 * kept; handing the validator the same object each time hits its identity cache (~40 ns) instead
 * of re-hashing a freshly parsed 50 KB schema on every submission (see docs/benchmarks.md).
 */
export function publishedSchema(versionId: string, fresh: unknown): JsonSchema {
  const hit = byVersion.get(versionId);
  if (hit) return hit;
  if (byVersion.size >= MAX) {
    const oldest = byVersion.keys().next().value;
    if (oldest !== undefined) byVersion.delete(oldest);
  }
  byVersion.set(versionId, fresh as JsonSchema);
  return fresh as JsonSchema;
}
