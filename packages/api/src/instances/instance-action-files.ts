import {
  getAttachment,
  insertAttachment,
  linkAttachments,
  type AttachmentRow,
  type Queryable,
} from '@signoff/db';
import type { Attachment } from '@signoff/flow';
import { AppError, errors } from '../trpc/app-error.js';
import { attachmentStore } from '../attachments/attachment-store.js';
import { newBlobKey } from '../attachments/blob-store.js';
import type { ServiceContext } from '../trpc/service-context.js';

const ATTACHMENT = { zh: '附件', en: 'The attachment' };

export const signatureErrors = {
  invalid: () =>
    new AppError('bad_request', 'errors.signatureInvalid', {
      zh: '签名无效：请使用本人上传的签名图片',
      en: 'The signature is not valid: use a signature image you uploaded yourself',
    }),
};

interface Scope {
  tenantId: string;
  actorId: string;
  instanceId: string;
}

const isSignatureOf = (a: AttachmentRow | null, actorId: string): a is AttachmentRow =>
  a !== null && a.uploaderId === actorId && a.contentType.startsWith('image/');

/**
 * Before the action's transaction: an image the actor signs with that is already on another
 * request (their saved signature, used again) gets a copy of its own (new bytes key, new id), so
 * each request keeps its signature image and whoever reads one request sees only its own. A
 * fresh upload is used as it is. The copy is made outside the action's transaction because the
 * blob store may write through a transaction of its own; an action refused afterwards leaves an
 * unattached copy behind, as an abandoned upload does.
 */
export async function prepareSignature(ctx: ServiceContext, signature: string): Promise<string> {
  const { deps } = ctx;
  const { tenantId, userId } = ctx.viewer;
  const a = await ctx.tx((tx) => getAttachment(tx, tenantId, signature));
  if (!isSignatureOf(a, userId) || a.instanceId === null) return signature;
  const store = attachmentStore(deps);
  const bytes = await store.get(a.storageKey);
  if (!bytes) throw signatureErrors.invalid();
  const storageKey = newBlobKey(tenantId);
  await store.put(storageKey, bytes);
  const id = deps.newId();
  await ctx.tx((tx) =>
    insertAttachment(tx, tenantId, {
      ...a,
      id,
      instanceId: null,
      storageKey,
      createdAt: deps.clock().toISOString(),
    }),
  );
  return id;
}

/**
 * The signature of an approve, reject, done or 已阅: the id of an image the actor uploaded
 * (`POST /files`), not yet on any request or already on this one. It is attached to the request,
 * so whoever may read the request may see it. Returns the id to store with the decision.
 */
export async function signatureForRequest(tx: Queryable, scope: Scope, signature: string): Promise<string> {
  const a = await getAttachment(tx, scope.tenantId, signature);
  if (!isSignatureOf(a, scope.actorId) || (a.instanceId !== null && a.instanceId !== scope.instanceId))
    throw signatureErrors.invalid();
  if (a.instanceId === null)
    await linkAttachments(tx, scope.tenantId, {
      ids: [a.id],
      instanceId: scope.instanceId,
      uploaderId: scope.actorId,
    });
  return a.id;
}

/**
 * A comment's files: the actor's own uploads, attached to the request as the comment is posted
 * (or already on it), named as stored. Anyone else's file, or an unknown id, is refused.
 */
export async function commentFiles(
  tx: Queryable,
  scope: Scope,
  attachments: readonly Attachment[],
): Promise<Attachment[]> {
  const out: Attachment[] = [];
  for (const { id } of attachments) {
    const a = await getAttachment(tx, scope.tenantId, id);
    const usable =
      a && (a.instanceId === scope.instanceId || (a.instanceId === null && a.uploaderId === scope.actorId));
    if (!a || !usable) throw errors.notFound(ATTACHMENT);
    if (a.instanceId === null)
      await linkAttachments(tx, scope.tenantId, {
        ids: [a.id],
        instanceId: scope.instanceId,
        uploaderId: scope.actorId,
      });
    if (!out.some((x) => x.id === a.id)) out.push({ id: a.id, name: a.fileName });
  }
  return out;
}
