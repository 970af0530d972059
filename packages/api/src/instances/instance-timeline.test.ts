import { describe, expect, it } from 'vitest';
import {
  applyAction,
  startInstance,
  type EngineEnv,
  type FlowDefinition,
  type InstanceState,
} from '@signoff/flow';
import { signatureUrl, timelineEntries } from './instance-timeline.js';

/** start → a 会签 of two → end; the second signer stands in (委托) for someone away. */
const def: FlowDefinition = {
  key: 'countersign',
  nodes: [
    { id: 'start', type: 'start', name: { zh: '发起', en: 'Start' } },
    {
      id: 'sign',
      type: 'approve',
      name: { zh: '会签', en: 'Countersign' },
      approvers: { kind: 'role', name: 'board' },
      mode: 'all',
    },
    { id: 'end', type: 'end', name: { zh: '结束', en: 'End' } },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'sign' },
    { id: 'e2', from: 'sign', to: 'end' },
  ],
};

let n = 0;
const env = (): EngineEnv => ({
  now: new Date(Date.parse('2026-11-24T02:00:00Z') + ++n * 60_000).toISOString(),
  newId: () => `id-${++n}`,
  resolve: () => ({
    userIds: ['u-a', 'u-b'],
    positions: ['role'],
    reason: { zh: '董事会成员', en: 'board member' },
    fallback: false,
    skipped: [],
    delegated: [{ fromUserId: 'u-away', toUserId: 'u-b' }],
  }),
  conditions: { form: {} },
});

const ctx = {
  person: (id: string) => ({ id, name: id.toUpperCase() }),
  nodeName: (id: string | undefined) => (id ? { zh: id, en: id } : null),
  files: new Map(),
  fieldLabel: () => null,
};

const approve = (state: InstanceState, actorId: string, signature?: string) => {
  const task = state.tasks.find((t) => t.assigneeId === actorId && t.status === 'pending');
  return applyAction(
    def,
    state,
    { type: 'approve', taskId: task?.id ?? '', actorId, ...(signature ? { signature } : {}) },
    env(),
  ).state;
};

describe('timelineEntries', () => {
  it("names only the people a step still waits for, drops the entry once nobody is left, and moves the resolver's reason onto each decision", () => {
    let state = startInstance(def, env(), { applicantId: 'u-z' }).state;
    const waiting = () => timelineEntries(state, ctx).filter((e) => e.type === 'step_started');
    expect(waiting().map((e) => e.users.map((u) => u.id))).toEqual([['u-a', 'u-b']]);
    expect(waiting()[0]?.delegatedFrom).toEqual({ id: 'u-away', name: 'U-AWAY' });

    state = approve(state, 'u-a', 'file-1');
    expect(waiting().map((e) => e.users.map((u) => u.id))).toEqual([['u-b']]);
    state = approve(state, 'u-b');
    expect(waiting()).toEqual([]);

    const decisions = timelineEntries(state, ctx).filter((e) => e.type === 'approved');
    expect(
      decisions.map((e) => [e.actor?.id, e.reason?.zh, e.signatureUrl, e.delegatedFrom?.id ?? null]),
    ).toEqual([
      ['u-a', '董事会成员', '/files/file-1', null],
      ['u-b', '董事会成员', null, 'u-away'],
    ]);
  });

  it('shows signatures stored inline before they were uploads as they are', () => {
    expect(signatureUrl('data:image/png;base64,AAAA')).toBe('data:image/png;base64,AAAA');
    expect(signatureUrl('a b')).toBe('/files/a%20b');
    expect(signatureUrl(undefined)).toBeNull();
  });
});
