import { describe, expect, it } from 'vitest';
import { applyAction } from './apply-action.js';
import type { FlowDefinition, StepOptions } from './flow-definition.js';
import type { FlowEffect } from './flow-effect.js';
import { drive, SUPERVISOR } from './test-driver.js';
import { fakeEnv } from './test-fixtures.js';
import { edges, route, step } from './test-routes.js';
import type { WorkCalendar } from './work-calendar.js';

const oneStep = (options: StepOptions = {}): FlowDefinition => route([step('a', 'single', options), step('b')], edges('start>a', 'a>b', 'b>end'));
const dir = { 'role:a': ['u1'], 'role:b': ['u2'] };
const fire = (r: ReturnType<typeof drive>, kind: 'reminder' | 'due', assignee = 'u1') =>
  r.act({ type: 'timer_fired', taskId: r.taskOf(assignee).id, kind, actorId: 'system' });
const timers = (effects: FlowEffect[]) => effects.filter((e) => e.type === 'timer_set' || e.type === 'timer_cleared');

describe('timers as data', () => {
  it('a pending task gets a reminder 24 h on by default and, with a time limit, a deadline', () => {
    const r = drive(oneStep({ timeLimit: { hours: 4 } }), dir);
    const task = r.taskOf('u1');
    expect(task).toMatchObject({ remindAt: '2026-11-03T09:00:00.000Z', dueAt: '2026-11-02T13:00:00.000Z' });
    expect(timers(r.effects)).toEqual([
      { type: 'timer_set', taskId: task.id, kind: 'reminder', at: '2026-11-03T09:00:00.000Z' },
      { type: 'timer_set', taskId: task.id, kind: 'due', at: '2026-11-02T13:00:00.000Z' },
    ]);
  });

  it('reads the first version\'s timeLimitHours and counts working days on the calendar', () => {
    expect(drive(oneStep({ timeLimitHours: 2 }), dir).taskOf('u1').dueAt).toBe('2026-11-02T11:00:00.000Z');
    // Friday 10:00 in Beijing, two working days, Monday a holiday: due Wednesday 10:00
    const calendar: WorkCalendar = { holidays: ['2026-11-09'], utcOffsetMinutes: 480 };
    const r = drive(oneStep({ timeLimit: { workingDays: 2 }, reminder: { afterHours: 2 } }), dir, { start: '2026-11-06T02:00:00.000Z', calendar });
    expect(r.taskOf('u1')).toMatchObject({ dueAt: '2026-11-11T02:00:00.000Z', remindAt: '2026-11-06T04:00:00.000Z' });
  });

  it('closing a task clears its timers', () => {
    const r = drive(oneStep({ timeLimit: { hours: 4 } }), dir);
    const task = r.taskOf('u1');
    const effects = r.approve('u1');
    expect(effects[0]).toEqual({ type: 'timer_cleared', taskId: task.id });
  });

  it('reminder: the assignee is reminded once, and a second firing does nothing', () => {
    const r = drive(oneStep(), dir);
    r.setNow('2026-11-03T09:00:00.000Z');
    const effects = fire(r, 'reminder');
    const task = r.taskOf('u1');
    expect(effects).toEqual([
      { type: 'remind', taskId: task.id, nodeId: 'a', assigneeId: 'u1' },
      { type: 'notify', userIds: ['u1'], template: 'remind', taskId: task.id, nodeId: 'a' },
    ]);
    expect(r.state.events.at(-1)).toMatchObject({ type: 'reminded', taskId: task.id, userIds: ['u1'] });
    expect(task.remindAt).toBeUndefined();
    const before = r.state;
    expect(fire(r, 'reminder')).toEqual([]);
    expect(r.state).toBe(before);
  });

  it('reminder with repeatHours sets the next one', () => {
    const r = drive(oneStep({ reminder: { afterHours: 2, repeatHours: 4 } }), dir);
    r.setNow('2026-11-02T11:00:00.000Z');
    const effects = fire(r, 'reminder');
    expect(timers(effects)).toEqual([{ type: 'timer_set', taskId: r.taskOf('u1').id, kind: 'reminder', at: '2026-11-02T15:00:00.000Z' }]);
  });

  it('a timer that fires early (a stale one) does nothing', () => {
    const r = drive(oneStep({ timeLimit: { hours: 4 } }), dir);
    const before = r.state;
    expect(fire(r, 'due')).toEqual([]);
    expect(fire(r, 'reminder')).toEqual([]);
    expect(r.state).toBe(before);
  });

  it('due: a yellow card at the deadline, a red card one time limit later, then nothing more', () => {
    const r = drive(oneStep({ timeLimit: { hours: 4 } }), dir);
    const task = r.taskOf('u1');
    r.setNow('2026-11-02T13:00:00.000Z');
    const yellow = fire(r, 'due');
    expect(r.taskOf('u1')).toMatchObject({ card: 'yellow', redCardAt: '2026-11-02T17:00:00.000Z', dueAt: '2026-11-02T13:00:00.000Z' });
    expect(yellow).toEqual([
      { type: 'overdue', taskId: task.id, nodeId: 'a', assigneeId: 'u1', dueAt: '2026-11-02T13:00:00.000Z' },
      { type: 'notify', userIds: ['u1'], template: 'overdue', taskId: task.id, nodeId: 'a' },
      { type: 'timer_set', taskId: task.id, kind: 'due', at: '2026-11-02T17:00:00.000Z' },
    ]);
    expect(r.state.events.at(-1)).toMatchObject({ type: 'overdue', taskId: task.id, dueAt: '2026-11-02T13:00:00.000Z' });
    // the first due timer delivered twice before the red card is due: nothing
    expect(fire(r, 'due')).toEqual([]);
    r.setNow('2026-11-02T17:00:00.000Z');
    const red = fire(r, 'due');
    expect(red).toEqual([
      { type: 'red_card', taskId: task.id, nodeId: 'a', assigneeId: 'u1' },
      { type: 'notify', userIds: ['u1'], template: 'red_card', taskId: task.id, nodeId: 'a' },
    ]);
    expect(r.taskOf('u1')).toMatchObject({ card: 'red' });
    expect(r.taskOf('u1').redCardAt).toBeUndefined();
    expect(fire(r, 'due')).toEqual([]);
    // the card stays on the closed task as history
    r.approve('u1');
    expect(r.state.tasks[0]).toMatchObject({ status: 'approved', card: 'red' });
  });

  it('a deadline on a node that has no time limit (any more) turns red 24 h after the yellow card', () => {
    const r = drive(oneStep({ timeLimit: { hours: 4 } }), dir);
    const task = r.taskOf('u1');
    // the same state under a definition without the limit, as if the deadline came from elsewhere
    const out = applyAction(oneStep(), r.state, { type: 'timer_fired', taskId: task.id, kind: 'due', actorId: 'system' }, fakeEnv({ directory: dir, now: '2026-11-02T14:00:00.000Z' }));
    expect(out.state.tasks[0]).toMatchObject({ card: 'yellow', redCardAt: '2026-11-03T13:00:00.000Z' });
  });

  it('a timer fired after the task closed, or after the request ended, is a no-op returning the same state', () => {
    const r = drive(oneStep({ timeLimit: { hours: 4 } }), dir);
    const task = r.taskOf('u1');
    r.approve('u1');
    r.setNow('2026-11-03T09:00:00.000Z');
    const before = r.state;
    for (const kind of ['reminder', 'due'] as const) {
      expect(r.act({ type: 'timer_fired', taskId: task.id, kind, actorId: 'system' })).toEqual([]);
      expect(r.state).toBe(before);
    }
    r.act({ type: 'cancel', actorId: 'root', actorRoles: { admin: true }, reason: '作废' });
    const closed = r.state;
    expect(r.act({ type: 'timer_fired', taskId: r.state.tasks[1]?.id ?? '', kind: 'due', actorId: 'system' })).toEqual([]);
    expect(r.state).toBe(closed);
  });

  it('only the system fires timers; an unknown task is an error', () => {
    const r = drive(oneStep(), dir);
    expect(r.refusal({ type: 'timer_fired', taskId: r.taskOf('u1').id, kind: 'due', actorId: 'u1' as 'system' })).toBe('not_permitted');
    expect(r.refusal({ type: 'timer_fired', taskId: 'nope', kind: 'due', actorId: 'system' })).toBe('task_not_found');
  });

  it('the next sequential signer gets timers when their turn comes', () => {
    const r = drive(route([step('a', 'sequential', { timeLimit: { hours: 1 } })], edges('start>a', 'a>end')), { 'role:a': ['u1', 'u2'] });
    expect(r.taskOf('u2', 'waiting').dueAt).toBeUndefined();
    const effects = r.approve('u1');
    const next = r.taskOf('u2');
    expect(next.dueAt).toBeDefined();
    expect(timers(effects)).toEqual([
      { type: 'timer_cleared', taskId: r.state.tasks[0]?.id },
      { type: 'timer_set', taskId: next.id, kind: 'reminder', at: next.remindAt },
      { type: 'timer_set', taskId: next.id, kind: 'due', at: next.dueAt },
    ]);
  });
});

describe('extend (延期) by the supervisor', () => {
  const calendar: WorkCalendar = { holidays: [], utcOffsetMinutes: 0 };

  it('moves the deadline by working days with a written reason, lifting the card', () => {
    const r = drive(oneStep({ timeLimit: { hours: 4 } }), dir, { start: '2026-11-06T09:00:00.000Z', calendar });
    const task = r.taskOf('u1');
    r.setNow('2026-11-06T13:00:00.000Z');
    fire(r, 'due');
    const extend = { type: 'extend' as const, taskId: task.id, actorId: 'sup', actorRoles: SUPERVISOR, workingDays: 1 as const, reason: '需核算成本' };
    expect(r.refusal({ ...extend, reason: '' })).toBe('reason_required');
    expect(r.refusal({ ...extend, workingDays: 3 as 1 })).toBe('invalid_extension');
    expect(r.refusal({ ...extend, actorRoles: {} })).toBe('not_permitted');
    const effects = r.act(extend);
    // Friday 13:00 + 1 working day = Monday 13:00
    expect(r.taskOf('u1')).toMatchObject({ dueAt: '2026-11-09T13:00:00.000Z', extendedBy: 'sup' });
    expect(r.taskOf('u1').card).toBeUndefined();
    expect(r.state.events.at(-1)).toMatchObject({ type: 'extended', actorId: 'sup', dueAt: '2026-11-09T13:00:00.000Z', comment: '需核算成本' });
    expect(effects).toEqual([
      { type: 'timer_cleared', taskId: task.id, kind: 'due' },
      { type: 'timer_set', taskId: task.id, kind: 'due', at: '2026-11-09T13:00:00.000Z' },
      { type: 'notify', userIds: ['u1'], template: 'extended', taskId: task.id, nodeId: 'a' },
    ]);
    // the red-card timer set before the extension is now stale
    r.setNow('2026-11-06T17:00:00.000Z');
    expect(fire(r, 'due')).toEqual([]);
  });

  it('refuses a task without a deadline, and a closed task', () => {
    const r = drive(oneStep(), dir);
    const task = r.taskOf('u1');
    const extend = { type: 'extend' as const, taskId: task.id, actorId: 'root', actorRoles: { admin: true }, workingDays: 2 as const, reason: 'x' };
    expect(r.refusal(extend)).toBe('no_deadline');
    r.approve('u1');
    expect(r.refusal(extend)).toBe('task_closed');
  });
});
