import { describe, expect, it } from 'vitest';
import { ADMIN, drive, SUPERVISOR } from './test-driver.js';
import { contractDirectory, contractRoute, edges, route, step } from './test-routes.js';

const countersign = () => drive(route([step('a', 'all'), step('b')], edges('start>a', 'a>b', 'b>end')), { 'role:a': ['a1', 'a2'], 'role:b': ['b1'] });

describe('urge (催办)', () => {
  it('the applicant urges every pending assignee; again within the hour is too soon', () => {
    const r = countersign();
    const effects = r.act({ type: 'urge', actorId: 'alice', comment: '急用' });
    const [t1, t2] = r.state.tasks;
    expect(effects).toEqual([
      { type: 'urge', taskId: t1?.id, nodeId: 'a', assigneeId: 'a1', actorId: 'alice' },
      { type: 'notify', userIds: ['a1'], template: 'urge', taskId: t1?.id, nodeId: 'a' },
      { type: 'urge', taskId: t2?.id, nodeId: 'a', assigneeId: 'a2', actorId: 'alice' },
      { type: 'notify', userIds: ['a2'], template: 'urge', taskId: t2?.id, nodeId: 'a' },
    ]);
    expect(r.state.events.at(-1)).toMatchObject({ type: 'urged', actorId: 'alice', userIds: ['a1', 'a2'], comment: '急用' });
    expect(r.state.lastUrgedAt).toEqual({ [t1?.id ?? '']: '2026-11-02T09:01:00.000Z', [t2?.id ?? '']: '2026-11-02T09:01:00.000Z' });
    expect(r.refusal({ type: 'urge', actorId: 'alice' })).toBe('too_soon');
    expect(r.refusal({ type: 'urge', actorId: 'sup', actorRoles: SUPERVISOR, taskId: t1?.id ?? '' })).toBe('too_soon');
    r.advanceHours(1);
    r.act({ type: 'urge', actorId: 'sup', actorRoles: SUPERVISOR, taskId: t1?.id ?? '' });
    expect(r.state.events.at(-1)).toMatchObject({ type: 'urged', actorId: 'sup', userIds: ['a1'] });
  });

  it('urges only the tasks not urged within the hour, when some were', () => {
    const r = countersign();
    const [t1] = r.state.tasks;
    r.act({ type: 'urge', actorId: 'alice', taskId: t1?.id ?? '' });
    const effects = r.act({ type: 'urge', actorId: 'root', actorRoles: ADMIN });
    expect(effects.filter((e) => e.type === 'urge').map((e) => 'assigneeId' in e && e.assigneeId)).toEqual(['a2']);
  });

  it('refuses people who are neither the applicant, the supervisor nor an admin, and closed tasks', () => {
    const r = countersign();
    expect(r.refusal({ type: 'urge', actorId: 'a1' })).toBe('not_permitted');
    r.approve('a1');
    expect(r.refusal({ type: 'urge', actorId: 'alice', taskId: r.state.tasks[0]?.id ?? '' })).toBe('task_closed');
    expect(r.refusal({ type: 'urge', actorId: 'alice', taskId: 'nope' })).toBe('task_not_found');
    r.approve('a2');
    r.approve('b1');
    expect(r.refusal({ type: 'urge', actorId: 'alice' })).toBe('instance_closed');
  });

  it('urges every parallel branch', () => {
    const r = drive(contractRoute(), contractDirectory());
    r.approve('l1');
    const effects = r.act({ type: 'urge', actorId: 'alice' });
    expect(effects.filter((e) => e.type === 'urge').map((e) => 'assigneeId' in e && e.assigneeId)).toEqual(['f1', 'e1']);
  });
});

describe('comment (评论)', () => {
  it('anyone involved may comment with attachments; the others involved are told', () => {
    const r = countersign();
    const effects = r.act({ type: 'comment', actorId: 'a1', text: '见附件', attachments: [{ id: 'f-1', name: '报价单.pdf' }] });
    expect(r.state.events.at(-1)).toMatchObject({ type: 'commented', actorId: 'a1', comment: '见附件', attachments: [{ id: 'f-1', name: '报价单.pdf' }] });
    expect(effects).toEqual([{ type: 'notify', userIds: ['alice', 'a2'], template: 'comment' }]);
    // the state changed only by the event
    expect(r.open()).toEqual([
      ['a', 'a1', 'pending'],
      ['a', 'a2', 'pending'],
    ]);
  });

  it('an attachment alone is a comment; an empty one is refused', () => {
    const r = countersign();
    r.act({ type: 'comment', actorId: 'alice', text: '', attachments: [{ id: 'f-2', name: '发票.jpg' }] });
    expect(r.state.events.at(-1)).not.toHaveProperty('comment');
    expect(r.refusal({ type: 'comment', actorId: 'alice', text: '   ' })).toBe('comment_required');
  });

  it('strangers may not comment; the supervisor and admins may; also after the request finished', () => {
    const r = countersign();
    expect(r.refusal({ type: 'comment', actorId: 'mallory', text: 'hi' })).toBe('not_involved');
    r.act({ type: 'comment', actorId: 'sup', actorRoles: SUPERVISOR, text: '请加快' });
    r.act({ type: 'withdraw', actorId: 'alice' });
    r.act({ type: 'comment', actorId: 'a2', text: '已知悉撤回' });
    expect(r.state.events.at(-1)).toMatchObject({ type: 'commented', actorId: 'a2' });
  });
});
