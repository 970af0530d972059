import { z } from 'zod';
import { API_TOKEN_SCOPES } from '@signoff/db';
import type { Localized } from '../../trpc/app-error.js';

/**
 * The zod schemas of /api/v1 that more than one operation (or the document's `components`) uses.
 * Named ones become `components/schemas/<id>` in the OpenAPI document and are referenced there.
 */
export const restSchemas = new Map<string, z.ZodType>();
export const named = <T extends z.ZodType>(schema: T, id: string, description: string): T => {
  // the global registry, so `.describe()` texts inside reach the document too
  const registered = schema.meta({ id, description });
  restSchemas.set(id, registered);
  return registered;
};

export const INSTANCE_STATUSES = ['running', 'approved', 'rejected', 'withdrawn', 'cancelled'] as const;

export const localized = named(
  z.object({ zh: z.string(), en: z.string() }) satisfies z.ZodType<Localized>,
  'Localized',
  'A text in Chinese and English',
);
export const person = named(
  z.object({ id: z.string(), name: z.string() }),
  'Person',
  'A member of the tenant: their id and display name',
);
export const instanceStatus = named(
  z.enum(INSTANCE_STATUSES),
  'InstanceStatus',
  'running until the route ends; then approved, rejected, withdrawn (by the applicant) or cancelled',
);

export const id = z.string().min(1).max(128);
export const login = z.string().min(1).max(64).describe("a user's login in the token's tenant");
const reason = z.string().trim().min(1).max(2000);
const comment = z.string().trim().max(2000).optional();

export const errorOut = named(
  z.object({
    error: z.object({
      code: z
        .enum([
          'bad_request',
          'unauthorized',
          'forbidden',
          'not_found',
          'conflict',
          'validation_failed',
          'too_many_requests',
          'internal',
        ])
        .describe('the kind of refusal; maps to the HTTP status'),
      messageKey: z.string().describe('a stable key, e.g. errors.tokenScope, for clients that translate'),
      message: localized,
      fieldErrors: z
        .array(z.object({ path: z.string(), message: localized }))
        .optional()
        .describe('each bad input value by its path (body.data.days, query.limit …)'),
      details: z
        .record(z.string(), z.unknown())
        .optional()
        .describe('facts of the refusal as data, e.g. { requiredScope } or { retryAfterSeconds }'),
    }),
  }),
  'Error',
  'Every refusal of the API has this shape, with its reason in Chinese and English',
);

export const templateOut = named(
  z.object({
    key: z.string().describe('the stable key to submit with'),
    templateId: z.string(),
    version: z.number().int().describe('the published version new requests use'),
    name: localized,
    category: z
      .object({ id: z.string(), name: z.string() })
      .nullable()
      .describe('the folder the template is filed in on the start page'),
    description: localized.nullable(),
    archived: z.boolean().describe('archived (停用) templates take no new requests'),
  }),
  'Template',
  'A published form of the tenant',
);

export const timelineEntry = z.object({
  type: z.string(),
  at: z.string(),
  nodeName: localized.nullable(),
  actor: person.nullable(),
});
export const taskOfInstance = z.object({
  id: z.string(),
  nodeName: localized,
  kind: z.string().describe('approve, handle or notify'),
  assignee: person,
  status: z.string(),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
  comment: z.string().nullable(),
});
export const instanceOut = named(
  z.object({
    id: z.string(),
    serialNo: z.string(),
    status: instanceStatus,
    title: localized,
    applicant: person,
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    data: z.record(z.string(), z.unknown()).describe('the form data keyed by field key'),
    tasks: z.array(taskOfInstance),
    timeline: z.array(timelineEntry),
  }),
  'Instance',
  'A request (审批单) with its form data, its tasks and its timeline',
);
export const instanceSummary = named(
  z.object({
    instanceId: z.string(),
    serialNo: z.string(),
    templateKey: z.string(),
    templateTitle: localized,
    applicantName: z.string(),
    status: instanceStatus,
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    currentSteps: z.array(localized).describe('the steps the request waits at; empty once finished'),
    urgent: z.boolean(),
  }),
  'InstanceSummary',
  'One row of a request list',
);
export const instancePage = z.object({
  items: z.array(instanceSummary),
  nextCursor: z.string().nullable().describe('pass as `cursor` for the next page; null on the last page'),
});
export const userTask = named(
  z.object({
    taskId: z.string(),
    instanceId: z.string(),
    serialNo: z.string(),
    title: localized,
    nodeName: localized,
    kind: z.string().describe('approve or handle'),
    createdAt: z.string(),
    dueAt: z.string().nullable(),
  }),
  'UserTask',
  'An open task of a user: what waits for them in their to-do box',
);
export const uploadedFile = named(
  z.object({
    id: z.string(),
    name: z.string(),
    size: z.number().int(),
    type: z.string(),
    sha256: z.string(),
  }),
  'UploadedFile',
  'A stored attachment; put { id, name, size, type } in an attachment field of the form data',
);
export const tokenScope = z.enum(API_TOKEN_SCOPES);

// inputs
export const idParam = z.object({ id });
export const keyParam = z.object({ key: z.string().min(1).max(100) });
export const taskParam = z.object({ taskId: id });
export const loginParam = z.object({ login });
export const schemaQuery = z.object({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .optional()
    .describe('a published version; default the current one'),
});
export const submitBody = z.object({
  templateKey: z.string().min(1).max(100).describe('the form, by its key'),
  applicant: login.describe("the applicant's login: the request is theirs, as if they had submitted it"),
  data: z.record(z.string(), z.unknown()).describe('form data keyed by field key, valid against the schema'),
  attachments: z
    .array(id)
    .max(50)
    .optional()
    .describe("ids of the applicant's uploads to attach to the request"),
});
export const listQuery = z.object({
  templateKey: z.string().max(100).optional(),
  status: instanceStatus.optional(),
  applicant: login.optional().describe('only requests of this applicant'),
  from: z.iso.datetime({ offset: true }).optional().describe('submitted at or after this instant'),
  to: z.iso.datetime({ offset: true }).optional().describe('submitted before this instant'),
  q: z.string().max(100).optional().describe('a keyword: serial number, applicant name or form title'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(400).optional().describe('the nextCursor of the previous page'),
});
export const withdrawBody = z.object({ reason: comment.describe('why, shown in the timeline') });
export const commentBody = z.object({
  user: login,
  text: z.string().trim().min(1).max(4000),
  attachments: z
    .array(z.object({ id, name: z.string().min(1).max(255) }))
    .max(20)
    .optional()
    .describe("the commenting user's own uploads"),
});
export const approveBody = z.object({ user: login, comment });
export const rejectBody = z.object({ user: login, reason: reason.describe('required: why it is rejected') });
export const returnBody = z.object({
  user: login,
  reason,
  toNode: id.optional().describe('the node id of an earlier step; default the applicant'),
});
export const transferBody = z.object({
  user: login,
  to: login.describe('the login who takes the task over'),
  comment,
});
export const uploadFields = z.object({
  user: login.describe('the uploader: the applicant who will attach it'),
});
