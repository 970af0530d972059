import type { Session } from '../harness/http-session.js';
import type { Twin } from './twin-tenant.js';

export interface RestCase {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** a multipart upload: the text fields beside a small file */
  upload?: Record<string, string>;
}

/**
 * Per REST operation, calls with B's ids where it takes an id, and B's logins' ids where it takes a
 * login (A has the same logins: 'zhang.san' at A is A's own). Keyed by operationId so that an
 * operation added later fails the test until it is given its attacks here.
 */
export const REST_CASES: Record<string, (b: Twin) => RestCase[]> = {
  listTemplates: () => [{}],
  getTemplateSchema: () => [{ params: { key: 'twin-draft' } }, { params: { key: 'leave' } }],
  getTemplateTypes: () => [{ params: { key: 'twin-draft' } }],
  submitInstance: (b) => [
    { body: { templateKey: 'twin-draft', applicant: 'zhang.san', data: { amount: 1 } } },
    {
      body: {
        templateKey: 'leave',
        applicant: 'zhang.san',
        data: { type: '事假', days: 1, reason: 'x' },
        attachments: [b.fileId],
      },
    },
  ],
  getInstance: (b) => [{ params: { id: b.instanceId } }, { params: { id: b.taskId } }],
  listInstances: (b): RestCase[] => [
    { query: { q: b.serialNo } },
    { query: { templateKey: 'leave', limit: '100' } },
    { query: { cursor: b.instanceId } },
  ],
  withdrawInstance: (b) => [{ params: { id: b.instanceId }, body: { reason: 'x' } }],
  urgeInstance: (b) => [{ params: { id: b.instanceId } }],
  commentInstance: (b) => [
    { params: { id: b.instanceId }, body: { user: 'zhang.san', text: 'x' } },
    {
      params: { id: b.instanceId },
      body: { user: 'li.si', text: 'x', attachments: [{ id: b.fileId, name: 'x.pdf' }] },
    },
  ],
  listUserTasks: (b) => [{ params: { login: b.userId } }, { params: { login: 'li.si' } }],
  approveTask: (b) => [{ params: { taskId: b.taskId }, body: { user: 'li.si' } }],
  rejectTask: (b) => [{ params: { taskId: b.taskId }, body: { user: 'li.si', reason: 'x' } }],
  returnTask: (b) => [{ params: { taskId: b.taskId }, body: { user: 'li.si', reason: 'x' } }],
  transferTask: (b) => [{ params: { taskId: b.taskId }, body: { user: 'li.si', to: 'wang.wu' } }],
  uploadAttachment: (b) => [{ upload: { user: b.userId } }],
  downloadAttachment: (b) => [{ params: { id: b.fileId } }, { params: { id: b.signatureId } }],
};

export interface HttpAnswer {
  status: number;
  text: string;
}

/** One REST call with a Bearer token, the path's `{name}` filled from `params`. */
export async function restCall(
  baseUrl: string,
  token: string,
  op: { method: string; path: string },
  c: RestCase,
): Promise<HttpAnswer> {
  const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
    encodeURIComponent(c.params?.[name] ?? ''),
  );
  const qs = c.query ? `?${new URLSearchParams(c.query).toString()}` : '';
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  let body: FormData | string | undefined;
  if (c.upload) {
    const form = new FormData();
    for (const [k, v] of Object.entries(c.upload)) form.append(k, v);
    form.append('file', new Blob([Buffer.from('%PDF-1.7\n%%EOF\n')], { type: 'application/pdf' }), 'a.pdf');
    body = form;
  } else if (op.method !== 'GET') {
    headers['content-type'] = 'application/json';
    headers['idempotency-key'] = `attack-${Math.random().toString(36).slice(2)}`;
    body = JSON.stringify(c.body ?? {});
  }
  const res = await fetch(`${baseUrl}/api/v1${path}${qs}`, {
    method: op.method,
    headers,
    ...(body ? { body } : {}),
  });
  return { status: res.status, text: Buffer.from(await res.arrayBuffer()).toString('latin1') };
}

/** A file download with a session cookie. */
export async function getFile(baseUrl: string, s: Session, id: string): Promise<HttpAnswer> {
  const res = await fetch(`${baseUrl}/files/${encodeURIComponent(id)}`, { headers: { cookie: s.cookie } });
  return { status: res.status, text: Buffer.from(await res.arrayBuffer()).toString('latin1') };
}

/** The admin's Excel export; the bytes as they came, for the workbook to be read. */
export async function exportXlsx(
  baseUrl: string,
  s: Session,
  query: Record<string, string>,
): Promise<{ status: number; bytes: Buffer }> {
  const res = await fetch(`${baseUrl}/exports/requests.xlsx?${new URLSearchParams(query).toString()}`, {
    headers: { cookie: s.cookie },
  });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
}
