import {
  downloadAttachment as readAttachment,
  uploadAttachment as storeAttachment,
} from '../../attachments/attachment-service.js';
import { defineOperation } from './operation.js';
import { restErrors } from './rest-errors.js';
import { idParam, uploadedFile, uploadFields } from './rest-schemas.js';

export const uploadAttachmentOp = defineOperation({
  operationId: 'uploadAttachment',
  method: 'POST',
  path: '/attachments',
  summary: 'Upload an attachment for a user',
  description:
    "multipart/form-data with the `file` part and the `user` field: the applicant who will attach it (in a form's " +
    'attachment field, or `attachments` of submitInstance). The same size limit and content sniffing as in the app: ' +
    'the type is read from the bytes, not trusted from the name.',
  tags: ['attachments'],
  scope: 'submit',
  upload: true,
  body: uploadFields,
  response: { status: 201, description: 'stored', schema: uploadedFile },
  errors: [400, 403, 404, 413, 422],
  examples: {
    response: {
      id: 'att-1',
      name: '发票.pdf',
      size: 48213,
      type: 'application/pdf',
      sha256: 'e3b0c44298fc1c149afbf4c8996fb924',
    },
  },
  handler: async (call) => {
    if (!call.file) throw restErrors.fileMissing();
    const ctx = await call.actingAs(call.body.user);
    const stored = await storeAttachment(ctx, {
      name: call.file.name,
      bytes: call.file.bytes,
      claimedType: call.file.type,
    });
    return { status: 201, body: uploadedFile.parse(stored) };
  },
});

export const downloadAttachmentOp = defineOperation({
  operationId: 'downloadAttachment',
  method: 'GET',
  path: '/attachments/{id}',
  summary: 'Download an attachment',
  description: "The bytes of a file of the token's tenant, with its stored content type.",
  tags: ['attachments'],
  scope: 'read',
  params: idParam,
  response: { status: 200, description: 'the file', binary: true },
  errors: [403, 404, 422],
  handler: async (call) => {
    const file = await readAttachment(call.system, call.params.id);
    return {
      status: 200,
      bytes: new Uint8Array(file.bytes),
      contentType: file.contentType,
      fileName: file.name,
    };
  },
});
