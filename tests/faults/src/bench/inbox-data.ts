/**
 * The inbox-at-scale data set (issue 15), as COPY text lines, pure and deterministic: every
 * company has the same shape, so the quick size (10 companies) and the full one (1000) differ only
 * in how many companies share the tables, which is what an index leading with tenant_id must
 * make irrelevant.
 *
 * Per company: one department, USERS people (the first is the admin and every template's 督办人),
 * two templates with one published version, INSTANCES requests, and tasksPerTenant tasks, each
 * request 2–3 steps. 70 % of requests are approved, 20 % running (their last step pending), 10 %
 * rejected; every tenth task is a CC (notify). Half the pending tasks have a time limit, half of
 * those are past it, and some of those carry a yellow or a red card. Each pending task with a
 * limit has a live timer job, each finished one with a limit a done job.
 */
export const USERS = 40;
export const INSTANCES = 400;
/** the moment the data set is built around: "now" for due dates and the overdue query */
export const NOW = new Date('2026-12-01T09:00:00Z');

export interface Shape {
  tenants: number;
  tasksPerTenant: number;
}

export const tenantId = (t: number) => `bt${String(t).padStart(4, '0')}`;
export const userId = (u: number) => `u${u}`;
const HOUR = 3_600_000;
const at = (ms: number) => new Date(ms).toISOString();

/** One COPY text line: tab-separated, `\N` for NULL, and the format's escapes for \, tab and newline. */
export function copyLine(values: readonly (string | number | boolean | null)[]): string {
  return `${values
    .map((v) =>
      v === null
        ? '\\N'
        : String(v).replace(
            /[\\\t\n\r]/g,
            (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] ?? c,
          ),
    )
    .join('\t')}\n`;
}

export const applicantOf = (n: number) => 1 + ((n * 3) % (USERS - 1));
export const assigneeOf = (n: number, step: number) => 1 + ((n + step * 7) % (USERS - 1));
const stepsOf = (n: number, tasks: number) => Math.floor((tasks - 1 - n) / INSTANCES) + 1;
export const instanceStatus = (n: number) => (n % 10 < 7 ? 'approved' : n % 10 < 9 ? 'running' : 'rejected');
const instanceCreated = (n: number) => NOW.getTime() - (INSTANCES - n) * 6 * HOUR;

export const TENANT_COLUMNS = ['id', 'code', 'name'];
export const tenantLine = (t: number) => copyLine([tenantId(t), `bench${t}`, `基准公司 ${t}`]);

export const DEPARTMENT_COLUMNS = ['tenant_id', 'id', 'name'];
export const departmentLine = (t: number) => copyLine([tenantId(t), 'd1', '总部']);

export const USER_COLUMNS = ['tenant_id', 'id', 'login', 'name', 'department_id', 'roles'];
export function* userLines(t: number): Generator<string> {
  for (let u = 0; u < USERS; u++)
    yield copyLine([
      tenantId(t),
      userId(u),
      `user${u}`,
      u === 0 ? '管理员' : `员工${u}号`,
      'd1',
      u === 0 ? '{admin}' : '{}',
    ]);
}

const TEMPLATES = [
  { id: 'tpl-leave', key: 'leave', prefix: 'QJ', zh: '请假申请', en: 'Leave request' },
  { id: 'tpl-expense', key: 'expense', prefix: 'BX', zh: '费用报销', en: 'Expense claim' },
] as const;
const templateOf = (n: number) => TEMPLATES[n % 2] ?? TEMPLATES[0];

export const TEMPLATE_COLUMNS = [
  'tenant_id',
  'id',
  'key',
  'title',
  'serial_prefix',
  'current_version_id',
  'supervisor_ids',
];
export function* templateLines(t: number): Generator<string> {
  for (const x of TEMPLATES)
    yield copyLine([
      tenantId(t),
      x.id,
      x.key,
      JSON.stringify({ zh: x.zh, en: x.en }),
      x.prefix,
      `${x.id}-v1`,
      `{${userId(0)}}`,
    ]);
}

export const VERSION_COLUMNS = [
  'tenant_id',
  'id',
  'template_id',
  'version',
  'form_model',
  'form_schema',
  'ui_schema',
  'flow',
];
export function* versionLines(t: number): Generator<string> {
  for (const x of TEMPLATES)
    yield copyLine([tenantId(t), `${x.id}-v1`, x.id, 1, '{}', '{"type":"object"}', '{}', '{"nodes":[]}']);
}

export const INSTANCE_COLUMNS = [
  'tenant_id',
  'id',
  'template_id',
  'version_id',
  'serial_no',
  'applicant_id',
  'data',
  'state',
  'status',
  'created_at',
  'updated_at',
  'finished_at',
];
export function* instanceLines(t: number): Generator<string> {
  for (let n = 0; n < INSTANCES; n++) {
    const x = templateOf(n);
    const created = instanceCreated(n);
    const status = instanceStatus(n);
    const finished = status === 'running' ? null : at(created + 5 * HOUR);
    // a few engine events, so the 督办 view's count of reminders reads a state of realistic size
    const state = {
      events: [
        { type: 'submitted', at: at(created) },
        { type: 'reminded', taskId: `k${n}`, at: at(created + HOUR) },
        { type: 'urged', userIds: [userId(assigneeOf(n, 0))], at: at(created + 2 * HOUR) },
      ],
    };
    yield copyLine([
      tenantId(t),
      `i${n}`,
      x.id,
      `${x.id}-v1`,
      `${x.prefix}-202611-${String(n + 1).padStart(4, '0')}`,
      userId(applicantOf(n)),
      JSON.stringify({ type: '事假', days: 1 + (n % 5), reason: `基准数据 ${n}` }),
      JSON.stringify(state),
      status,
      at(created),
      at(created + HOUR),
      finished,
    ]);
  }
}

export interface TaskRow {
  n: number;
  step: number;
  kind: 'approve' | 'notify';
  status: string;
  dueAt: string | null;
  card: 'yellow' | 'red' | null;
}

/** What task k of a company is; pure, so the test can check the shape the bench claims. */
export function taskRow(k: number, tasksPerTenant: number): TaskRow {
  const n = k % INSTANCES;
  const step = Math.floor(k / INSTANCES);
  const last = step === stepsOf(n, tasksPerTenant) - 1;
  const status = instanceStatus(n);
  if (k % 10 === 9)
    return { n, step, kind: 'notify', status: k % 20 === 9 ? 'unread' : 'read', dueAt: null, card: null };
  const taskStatus =
    status === 'running'
      ? last
        ? 'pending'
        : 'approved'
      : status === 'rejected' && last
        ? 'rejected'
        : 'approved';
  // half the tasks have a limit; among pending ones, half of those are past it (n's parity picks)
  const limited = k % 2 === 0;
  const overdue = taskStatus === 'pending' && (n >> 1) % 2 === 0;
  const dueAt = limited ? at(overdue ? NOW.getTime() - 6 * HOUR : NOW.getTime() + 48 * HOUR) : null;
  const card = limited && overdue ? (k % 16 === 0 ? 'red' : k % 8 === 0 ? 'yellow' : null) : null;
  return { n, step, kind: 'approve', status: taskStatus, dueAt, card };
}

export const TASK_COLUMNS = [
  'tenant_id',
  'id',
  'instance_id',
  'node_id',
  'node_name',
  'kind',
  'assignee_id',
  'status',
  'created_at',
  'completed_at',
  'due_at',
  'card',
];
const NODE_NAME = JSON.stringify({ zh: '部门负责人审批', en: 'Department head' });
export function* taskLines(t: number, tasksPerTenant: number): Generator<string> {
  for (let k = 0; k < tasksPerTenant; k++) {
    const r = taskRow(k, tasksPerTenant);
    const created = instanceCreated(r.n) + r.step * 1_800_000;
    const open = r.status === 'pending' || r.status === 'unread';
    yield copyLine([
      tenantId(t),
      `k${k}`,
      `i${r.n}`,
      `step${r.step}`,
      NODE_NAME,
      r.kind,
      userId(assigneeOf(r.n, r.step)),
      r.status,
      at(created),
      open ? null : at(created + HOUR),
      r.dueAt,
      r.card,
    ]);
  }
}

export const JOB_COLUMNS = ['tenant_id', 'id', 'kind', 'run_at', 'payload', 'dedupe_key', 'done_at'];
export function* jobLines(t: number, tasksPerTenant: number): Generator<string> {
  for (let k = 0; k < tasksPerTenant; k++) {
    const r = taskRow(k, tasksPerTenant);
    if (!r.dueAt) continue;
    const live = r.status === 'pending';
    const payload = JSON.stringify({ instanceId: `i${r.n}`, taskId: `k${k}`, timerKind: 'due' });
    yield copyLine([
      tenantId(t),
      `j${k}`,
      'timer',
      r.dueAt,
      payload,
      live ? `due:k${k}` : null,
      live ? null : at(NOW.getTime()),
    ]);
  }
}
