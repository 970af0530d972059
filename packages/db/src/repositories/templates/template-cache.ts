import type { Queryable } from '../../core/database.js';
import { oncePerTransaction } from '../../core/per-transaction.js';
import { throughVersionedCache } from '../../core/versioned-cache.js';
import { tenantHead } from '../tenants/tenant-head.js';
import { loadTemplateAccess, type TemplateAccess, type TemplateHead } from './template-access-repository.js';
import { getCurrentVersion, getVersion, type TemplateVersionRow } from './template-repository.js';

/**
 * The company's templates (heads, folders, grants) kept by the process while
 * `tenants.config_version` has not moved (migration 0055; issue 15: every action read them
 * anew). Within one transaction, as first read; a transaction that changes them and reads them
 * again calls forgetTenantHead first, or reads loadTemplateAccess. Shared: never change it.
 */
export function cachedTemplateAccess(tx: Queryable, tenantId: string): Promise<TemplateAccess> {
  return oncePerTransaction(tx, `template-access:${tenantId}`, async () => {
    const head = tx.memo ? await tenantHead(tx, tenantId) : null;
    if (!head) return loadTemplateAccess(tx, tenantId);
    return throughVersionedCache(tx, 'template-access', tenantId, head.configVersion, () =>
      loadTemplateAccess(tx, tenantId),
    );
  });
}

type VersionBody = Omit<TemplateVersionRow, keyof TemplateHeadPart>;
type TemplateHeadPart = Pick<
  TemplateVersionRow,
  'key' | 'title' | 'serialPrefix' | 'supervisorIds' | 'archivedAt'
>;

/** Published versions a process keeps at most (a version's schema is tens of kB). */
const MAX_VERSIONS = 1000;
const BODIES = 'template-version-bodies';

/**
 * A published version (never updated: migration 0001) from the process's memory after its first
 * read, joined to its template's current head. The same objects every time, so the schema
 * core's validator cache finds its compiled form by identity.
 */
export async function cachedVersion(
  tx: Queryable,
  tenantId: string,
  versionId: string,
): Promise<TemplateVersionRow | null> {
  const bodies = tx.memo ? bodiesOf(tx.memo) : undefined;
  if (!bodies) return getVersion(tx, tenantId, versionId);
  const bodyKey = `${tenantId}\u0000${versionId}`;
  let body = bodies.get(bodyKey);
  if (body) {
    bodies.delete(bodyKey);
    bodies.set(bodyKey, body);
  } else {
    const [row, access] = await Promise.all([
      getVersion(tx, tenantId, versionId),
      cachedTemplateAccess(tx, tenantId),
    ]);
    if (!row) return null;
    body = bodyOf(row);
    bodies.set(bodyKey, body);
    while (bodies.size > MAX_VERSIONS) {
      const oldest = bodies.keys().next().value;
      if (oldest === undefined) break;
      bodies.delete(oldest);
    }
    return withHead(body, access.templates.get(body.templateId)) ?? row;
  }
  const head = (await cachedTemplateAccess(tx, tenantId)).templates.get(body.templateId);
  return withHead(body, head) ?? getVersion(tx, tenantId, versionId);
}

/** The template's current published version, or null when it has none (or is not the company's). */
export async function cachedCurrentVersion(
  tx: Queryable,
  tenantId: string,
  templateId: string,
): Promise<TemplateVersionRow | null> {
  if (!tx.memo) return getCurrentVersion(tx, tenantId, templateId);
  const head = (await cachedTemplateAccess(tx, tenantId)).templates.get(templateId);
  if (!head?.currentVersionId) return null;
  return cachedVersion(tx, tenantId, head.currentVersionId);
}

function bodyOf(row: TemplateVersionRow): VersionBody {
  const { key: _k, title: _t, serialPrefix: _s, supervisorIds: _su, archivedAt: _a, ...body } = row;
  return body;
}

function withHead(body: VersionBody, head: TemplateHead | undefined): TemplateVersionRow | null {
  if (!head) return null;
  return {
    ...body,
    key: head.key,
    title: head.title,
    serialPrefix: head.serialPrefix,
    supervisorIds: head.supervisorIds,
    archivedAt: head.archivedAt,
  };
}

function bodiesOf(memo: Map<string, unknown>): Map<string, VersionBody> {
  let bodies = memo.get(BODIES) as Map<string, VersionBody> | undefined;
  if (!bodies) {
    bodies = new Map();
    memo.set(BODIES, bodies);
  }
  return bodies;
}
