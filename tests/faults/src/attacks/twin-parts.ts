import type { CallResult, Session } from '../harness/http-session.js';

/** what B's admin gives B's users; changed at their first login */
export const TWIN_INITIAL = 'Cobalt-harbor-2290';

export function must<T>(what: string, r: CallResult<T>): T {
  if (!r.ok) throw new Error(`${what}: ${r.status} ${r.raw.slice(0, 400)}`);
  return r.data;
}

interface OrgView {
  departments: { id: string; name: string; parentId: string | null; order: number }[];
  positions: { id: string; name: string; departmentId: string; isHead: boolean }[];
  ranks: { id: string; name: string; order: number }[];
  supervisions: { positionId: string; departmentIds: string[]; categories: string[] }[];
  users: {
    id: string;
    login: string;
    name: string;
    departmentId: string;
    rankId: string | null;
    positionIds: string[];
    roles: string[];
  }[];
}

/** Copies A's org into B through the admin procedures, without ids: B's come from B's server. */
export async function mirrorOrg(aAdmin: Session, bAdmin: Session) {
  const a = must('A org', await aAdmin.query<OrgView>('org.view'));
  const b = must('B org', await bAdmin.query<OrgView>('org.view'));
  const ids = new Map<string, string>();
  const bRoot = b.departments.find((d) => d.parentId === null);
  const aRoot = a.departments.find((d) => d.parentId === null);
  if (!bRoot || !aRoot) throw new Error('no root department');
  ids.set(aRoot.id, bRoot.id);
  must('root', await bAdmin.mutate('org.saveDepartment', { id: bRoot.id, name: aRoot.name, parentId: null }));
  const map = (id: string) => ids.get(id) ?? id;
  // a new company starts with default ranks: those of the same name are reused
  for (const r of a.ranks) {
    const same = b.ranks.find((x) => x.name === r.name);
    const saved =
      same ??
      must('rank', await bAdmin.mutate<{ id: string }>('org.saveRank', { name: r.name, order: r.order }));
    ids.set(r.id, saved.id);
  }
  for (const d of a.departments.filter((x) => x.parentId !== null)) {
    const input = { name: d.name, parentId: map(d.parentId ?? ''), order: d.order };
    ids.set(d.id, must('department', await bAdmin.mutate<{ id: string }>('org.saveDepartment', input)).id);
  }
  for (const p of a.positions) {
    const input = { name: p.name, departmentId: map(p.departmentId), isHead: p.isHead };
    ids.set(p.id, must('position', await bAdmin.mutate<{ id: string }>('org.savePosition', input)).id);
  }
  for (const s of a.supervisions)
    must(
      'supervision',
      await bAdmin.mutate('org.setSupervision', {
        ...s,
        positionId: map(s.positionId),
        departmentIds: s.departmentIds.map(map),
      }),
    );
  for (const u of a.users.filter((x) => x.login !== 'admin')) {
    const input = {
      login: u.login,
      name: u.name,
      departmentId: map(u.departmentId),
      rankId: u.rankId === null ? null : map(u.rankId),
      positionIds: u.positionIds.map(map),
      roles: u.roles,
      initialPassword: TWIN_INITIAL,
    };
    ids.set(u.id, must(`user ${u.login}`, await bAdmin.mutate<{ id: string }>('org.saveUser', input)).id);
  }
  const admin = b.users.find((u) => u.login === 'admin');
  if (!admin) throw new Error('B has no admin');
  return { map, rootId: bRoot.id, adminId: admin.id };
}

export async function upload(
  baseUrl: string,
  s: Session,
  name: string,
  bytes: Buffer,
  type: string,
): Promise<string> {
  const res = await fetch(`${baseUrl}/files`, {
    method: 'POST',
    headers: {
      'content-type': type,
      'x-file-name': encodeURIComponent(name),
      cookie: s.cookie,
      'x-csrf-token': s.csrf,
      origin: baseUrl,
    },
    body: bytes,
  });
  if (res.status !== 201) throw new Error(`upload: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

/** a one-field form with a department-head step: a template B has that A has no copy of */
export const TWIN_DRAFT = {
  model: {
    modelVersion: 1,
    key: 'twin_draft',
    title: { zh: 'twin-form-mark', en: 'twin-form-mark' },
    fields: [{ key: 'amount', type: 'number', label: { zh: '金额', en: 'Amount' }, required: true, min: 0 }],
  },
  flow: {
    key: 'twin-draft',
    nodes: [
      { id: 'start', type: 'start', name: { zh: '发起', en: 'Start' } },
      {
        id: 'head',
        type: 'approve',
        name: { zh: '负责人', en: 'Head' },
        approvers: { kind: 'deptHead', level: 1 },
        mode: 'single',
      },
      { id: 'end', type: 'end', name: { zh: '结束', en: 'End' } },
    ],
    edges: [
      { id: 'e1', from: 'start', to: 'head' },
      { id: 'e2', from: 'head', to: 'end' },
    ],
  },
};

export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
