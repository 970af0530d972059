import { createHash } from 'node:crypto';
import {
  getAttachment,
  getInstance,
  insertAttachment,
  linkAttachments,
  listAttachmentsOfInstance,
} from '@signoff/db';
import { errors, httpStatusOf, toAppErrorData, type AppErrorData } from '../trpc/app-error.js';
import { audit } from '../audit/audit.js';
import { takesPartIn } from '../instances/instance-access.js';
import { importedReadOnly } from '../history-import/imported-read-only.js';
import type { ApiDeps, SessionContext } from '../trpc/context.js';
import type { ServiceContext } from '../trpc/service-context.js';
import { resolveSession } from '../auth/session.js';
import { attachmentStore } from './attachment-store.js';
import { newBlobKey } from './blob-store.js';
import {
  checkFile,
  DEFAULT_ATTACHMENT_POLICY,
  sanitizeFileName,
  type AttachmentPolicy,
} from './file-policy.js';

const ATTACHMENT = { zh: '附件', en: 'The attachment' };
const REQUEST = { zh: '申请', en: 'The request' };

/** What an upload returns: the shape of a form's attachment value (`FileRef`), plus the digest. */
export interface UploadedFile {
  id: string;
  name: string;
  size: number;
  type: string;
  sha256: string;
}

export interface DownloadedFile {
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  bytes: Buffer;
}

/**
 * The session of a plain HTTP file request: the session cookie, and for an upload also the CSRF
 * header (as for tRPC mutations). A first-login account must change its password first.
 */
export async function fileSession(
  deps: ApiDeps,
  input: { cookie: string | undefined; csrfHeader?: string | undefined; write: boolean },
): Promise<SessionContext> {
  const session = await resolveSession(deps, input.cookie);
  if (!session) throw errors.unauthorized();
  if (input.write && input.csrfHeader !== session.csrfToken) throw errors.csrf();
  if (session.mustChangePassword) throw errors.passwordChangeRequired();
  return session;
}

/** The viewer is read from the database, so an account that left may not touch files even with a live session. */
function activeViewer(ctx: ServiceContext): { isAdmin: boolean } {
  if (!ctx.viewer.active) throw errors.forbidden();
  return { isAdmin: ctx.viewer.isAdmin };
}

/** The instance detail rule (instance-access.ts); admins are let in by the callers. */
const involvedIn = takesPartIn;

/**
 * Stores one upload: size and type are checked, the type sniffed from the bytes, the name
 * cleaned; the bytes go to the store under a generated key, then the record is written (and the
 * bytes removed again if that fails).
 */
export async function uploadAttachment(
  ctx: ServiceContext,
  input: { name: string; bytes: Uint8Array; claimedType?: string | undefined },
  policy: AttachmentPolicy = DEFAULT_ATTACHMENT_POLICY,
): Promise<UploadedFile> {
  const { deps } = ctx;
  const { tenantId, userId } = ctx.session;
  activeViewer(ctx);
  const name = sanitizeFileName(input.name);
  const { contentType } = await checkFile(input.bytes, name, input.claimedType, policy);
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const store = attachmentStore(deps);
  const storageKey = newBlobKey(tenantId);
  await store.put(storageKey, input.bytes);
  const id = deps.newId();
  try {
    await ctx.tx(async (tx) => {
      await insertAttachment(tx, tenantId, {
        id,
        instanceId: null,
        uploaderId: userId,
        fileName: name,
        contentType,
        size: input.bytes.byteLength,
        sha256,
        storageKey,
        createdAt: deps.clock().toISOString(),
      });
      await audit(tx, deps, tenantId, userId, 'attachment.upload', `attachment:${id}`, {
        name,
        size: input.bytes.byteLength,
        contentType,
        sha256,
        ...(ctx.session.via ? { via: ctx.session.via } : {}),
      });
    });
  } catch (e) {
    await store.delete(storageKey).catch(() => undefined);
    throw e;
  }
  return { id, name, size: input.bytes.byteLength, type: contentType, sha256 };
}

/**
 * A file for whoever may see it: its uploader, the tenant's admins, and, once it is attached to a
 * request, everyone who may read that request. Anyone else is told it does not exist.
 */
export async function downloadAttachment(ctx: ServiceContext, id: string): Promise<DownloadedFile> {
  const { tenantId, userId } = ctx.session;
  const { isAdmin } = activeViewer(ctx);
  const row = await ctx.tx(async (tx) => {
    const a = await getAttachment(tx, tenantId, id);
    if (!a) return null;
    const allowed =
      a.uploaderId === userId ||
      isAdmin ||
      (a.instanceId !== null && (await involvedIn(tx, tenantId, userId, a.instanceId)));
    return allowed ? a : null;
  });
  if (!row) throw errors.notFound(ATTACHMENT);
  const bytes = await attachmentStore(ctx.deps).get(row.storageKey);
  if (!bytes) throw errors.notFound(ATTACHMENT);
  return { name: row.fileName, contentType: row.contentType, size: row.size, sha256: row.sha256, bytes };
}

/**
 * Attaches the caller's own uploads to a request they take part in (a submission's attachment
 * fields, a comment's files); from then on everyone who may read the request may read them.
 * Returns the ids attached; files of others or already attached are left as they are.
 */
export function attachToRequest(
  ctx: ServiceContext,
  input: { instanceId: string; attachmentIds: string[] },
): Promise<string[]> {
  const { tenantId, userId } = ctx.session;
  return ctx.tx(async (tx) => {
    if (!(await involvedIn(tx, tenantId, userId, input.instanceId))) throw errors.notFound(REQUEST);
    if ((await getInstance(tx, tenantId, input.instanceId))?.importedFrom) throw importedReadOnly();
    return linkAttachments(tx, tenantId, {
      ids: [...new Set(input.attachmentIds)],
      instanceId: input.instanceId,
      uploaderId: userId,
    });
  });
}

/** The files attached to a request, for whoever may read the request (its detail rule). */
export async function listRequestAttachments(
  ctx: ServiceContext,
  { instanceId }: { instanceId: string },
): Promise<UploadedFile[]> {
  const { tenantId, userId } = ctx.session;
  const { isAdmin } = activeViewer(ctx);
  return ctx.tx(async (tx) => {
    if (
      !(await getInstance(tx, tenantId, instanceId)) ||
      (!isAdmin && !(await involvedIn(tx, tenantId, userId, instanceId)))
    )
      throw errors.notFound(REQUEST);
    return (await listAttachmentsOfInstance(tx, tenantId, instanceId)).map((a) => ({
      id: a.id,
      name: a.fileName,
      size: a.size,
      type: a.contentType,
      sha256: a.sha256,
    }));
  });
}

/** The HTTP answer for a refused file request: the mapped status (413 for a too large file) and the bilingual error. */
export function fileErrorResponse(e: unknown): { status: number; body: { error: AppErrorData } } {
  const error = toAppErrorData(e);
  return { status: httpStatusOf(error), body: { error } };
}
