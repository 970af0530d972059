import type { RestOperation } from './operation.js';
import { downloadAttachmentOp, uploadAttachmentOp } from './attachment-operations.js';
import {
  commentInstanceOp,
  getInstanceOp,
  listInstancesOp,
  submitInstanceOp,
  urgeInstanceOp,
  withdrawInstanceOp,
} from './instance-operations.js';
import { approveTask, listUserTasks, rejectTask, returnTask, transferTask } from './task-operations.js';
import { getTemplateSchema, getTemplateTypes, listTemplates } from './template-operations.js';

/** Every operation of /api/v1, in the order the reference lists them. */
export const REST_OPERATIONS: readonly RestOperation[] = [
  listTemplates,
  getTemplateSchema,
  getTemplateTypes,
  submitInstanceOp,
  getInstanceOp,
  listInstancesOp,
  withdrawInstanceOp,
  urgeInstanceOp,
  commentInstanceOp,
  listUserTasks,
  approveTask,
  rejectTask,
  returnTask,
  transferTask,
  uploadAttachmentOp,
  downloadAttachmentOp,
];
