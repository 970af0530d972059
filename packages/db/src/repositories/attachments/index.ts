// Uploaded files of a request and their blobs.
export {
  insertAttachment,
  getAttachment,
  listAttachmentsOfInstance,
  linkAttachments,
  deleteAttachment,
  putBlob,
  getBlob,
  deleteBlob,
  type AttachmentRow,
} from './attachment-repository.js';
