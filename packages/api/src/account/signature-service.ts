import { getAttachment, getUserPreferences, saveSignatureReference } from '@signoff/db';
import { AppError, errors } from '../trpc/app-error.js';
import { audit } from '../audit/audit.js';
import type { ServiceContext } from '../trpc/service-context.js';

const ATTACHMENT = { zh: '附件', en: 'The attachment' };
// raster images only: an SVG, should it ever be accepted for upload, can carry script
const SIGNATURE_TYPES: ReadonlySet<string> = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

export interface SavedSignature {
  attachmentId: string;
  /** where the browser loads the image (GET /files/:id, the uploader may always read it) */
  url: string;
}

export const signatureErrors = {
  notImage: () =>
    new AppError('bad_request', 'errors.signatureNotImage', {
      zh: '签名必须是图片（PNG、JPEG、GIF 或 WebP）',
      en: 'A signature must be an image (PNG, JPEG, GIF or WebP)',
    }),
};

const savedSignature = (attachmentId: string): SavedSignature => ({
  attachmentId,
  url: `/files/${encodeURIComponent(attachmentId)}`,
});

/** "My saved signature", or null when the caller has none (or its image is gone). */
export function getSavedSignature(ctx: ServiceContext): Promise<SavedSignature | null> {
  const { tenantId, userId } = ctx.viewer;
  return ctx.tx(async (tx) => {
    const { signatureAttachmentId } = await getUserPreferences(tx, tenantId, userId);
    return signatureAttachmentId ? savedSignature(signatureAttachmentId) : null;
  });
}

/**
 * Keeps an image the caller uploaded (a signature drawn on the pad) as their saved signature.
 * Someone else's upload is "not found", as for a download; the type is the one sniffed from the
 * bytes at upload, so a renamed file is no image here either.
 */
export function saveSignature(ctx: ServiceContext, input: { attachmentId: string }): Promise<SavedSignature> {
  const { deps } = ctx;
  const { tenantId, userId } = ctx.viewer;
  return ctx.tx(async (tx) => {
    const a = await getAttachment(tx, tenantId, input.attachmentId);
    if (!a || a.uploaderId !== userId) throw errors.notFound(ATTACHMENT);
    if (!SIGNATURE_TYPES.has(a.contentType)) throw signatureErrors.notImage();
    await saveSignatureReference(tx, tenantId, userId, a.id, deps.clock().toISOString());
    await audit(tx, deps, tenantId, userId, 'account.signature', `attachment:${a.id}`, { sha256: a.sha256 });
    return savedSignature(a.id);
  });
}
