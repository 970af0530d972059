import { describe, expect, it } from 'vitest';
import { drive } from './test-driver.js';
import { edges, route, step } from './test-routes.js';

describe('fields changed with a decision', () => {
  it('an approval or a done records which form fields the approver changed; 已阅 and plain approvals record none', () => {
    const def = route(
      [step('a'), step('b', 'single', { acknowledgeAllowed: true }), { id: 'h', type: 'handle', name: { zh: '办理', en: 'Handle' }, approvers: { kind: 'role', name: 'h' } }],
      edges('start>a', 'a>b', 'b>h', 'h>end'),
    );
    const r = drive(def, { 'role:a': ['ua'], 'role:b': ['ub'], 'role:h': ['uh'] });
    r.act({ type: 'approve', taskId: r.taskOf('ua').id, actorId: 'ua', changedFields: ['advance', 'advance', ' '] });
    expect(r.state.events.find((e) => e.type === 'approved')).toMatchObject({ actorId: 'ua', changedFields: ['advance'] });
    r.act({ type: 'acknowledge', taskId: r.taskOf('ub').id, actorId: 'ub' });
    expect(r.state.events.find((e) => e.type === 'acknowledged')).not.toHaveProperty('changedFields');
    r.act({ type: 'done', taskId: r.taskOf('uh').id, actorId: 'uh', changedFields: ['ticketNo'] });
    expect(r.state.events.find((e) => e.type === 'done')).toMatchObject({ changedFields: ['ticketNo'] });
    expect(r.state.status).toBe('approved');
  });
});
