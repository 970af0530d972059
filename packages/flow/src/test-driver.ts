import { expect } from 'vitest';
import type { Localized } from '@signoff/schema';
import { applyAction } from './apply-action.js';
import type { EngineEnv } from './engine-env.js';
import type { ActorRoles, FlowAction } from './flow-action.js';
import type { FlowDefinition } from './flow-definition.js';
import type { FlowEffect } from './flow-effect.js';
import type { FlowErrorCode } from './flow-error.js';
import type { InstanceState, TaskState } from './instance-state.js';
import { startInstance } from './start-instance.js';
import { deepFreeze, fakeEnv, thrown, type Directory } from './test-fixtures.js';
import type { WorkCalendar } from './work-calendar.js';

export const SUPERVISOR: ActorRoles = { supervisor: true };
export const ADMIN: ActorRoles = { admin: true };

/**
 * One request driven action by action, as the server does: each action gets its own env, with
 * ids that never repeat and a clock that moves a minute per action unless the test moves it.
 * The request starts on Monday 2 November 2026, 09:00 UTC.
 */
export function drive(
  def: FlowDefinition,
  directory: Directory,
  opts: {
    form?: Record<string, unknown>;
    applicantId?: string;
    start?: string;
    calendar?: WorkCalendar;
  } = {},
) {
  let tick = 0;
  let clock = Date.parse(opts.start ?? '2026-11-02T09:00:00.000Z');
  const applicantId = opts.applicantId ?? 'alice';
  let form = opts.form ?? {};
  const env = (): EngineEnv => {
    const e = fakeEnv({
      directory,
      form,
      applicantId,
      idPrefix: `t${tick++}`,
      now: new Date(clock).toISOString(),
    });
    clock += 60_000;
    return opts.calendar ? { ...e, calendar: opts.calendar } : e;
  };
  let { state, effects } = startInstance(def, env(), { applicantId });

  const find = (assigneeId: string, status: TaskState['status'] = 'pending'): TaskState => {
    const t = state.tasks.find((x) => x.assigneeId === assigneeId && x.status === status);
    if (!t)
      throw new Error(
        `${assigneeId} has no ${status} task in ${JSON.stringify(state.tasks.map((x) => [x.nodeId, x.assigneeId, x.status]))}`,
      );
    return t;
  };

  return {
    get state(): InstanceState {
      return state;
    },
    get effects(): FlowEffect[] {
      return effects;
    },
    /** the time the next action will carry */
    get now(): string {
      return new Date(clock).toISOString();
    },
    setNow(iso: string) {
      clock = Date.parse(iso);
    },
    advanceHours(hours: number) {
      clock += hours * 3_600_000;
    },
    /** later actions' branches read this form (what the API does after a resubmission) */
    setForm(next: Record<string, unknown>) {
      form = next;
    },
    taskOf: find,
    act(action: FlowAction): FlowEffect[] {
      ({ state, effects } = applyAction(def, state, action, env()));
      return effects;
    },
    approve(actorId: string, comment?: string) {
      return this.act({
        type: 'approve',
        taskId: find(actorId).id,
        actorId,
        ...(comment ? { comment } : {}),
      });
    },
    done(actorId: string) {
      return this.act({ type: 'done', taskId: find(actorId).id, actorId });
    },
    /** the error code the action is refused with, checking that the state did not move */
    refusal(action: FlowAction): FlowErrorCode {
      const before = deepFreeze(structuredClone(state));
      const e = thrown(() => applyAction(def, before, action, env())) as {
        code: FlowErrorCode;
        name: string;
        localized: Localized;
      };
      expect(e.name).toBe('FlowError');
      expect(e.localized.zh.length).toBeGreaterThan(0);
      expect(e.localized.en.length).toBeGreaterThan(0);
      expect(state).toStrictEqual(before);
      return e.code;
    },
    /** [node, assignee, status] of every task, for compact assertions */
    tasks(): [string, string, string][] {
      return state.tasks.map((t) => [t.nodeId, t.assigneeId, t.status]);
    },
    /** the open (pending or waiting) tasks as [node, assignee, status] */
    open(): [string, string, string][] {
      return state.tasks
        .filter((t) => t.kind !== 'notify' && (t.status === 'pending' || t.status === 'waiting'))
        .map((t) => [t.nodeId, t.assigneeId, t.status]);
    },
    eventTypes(): string[] {
      return state.events.map((e) => e.type);
    },
  };
}

export type Driver = ReturnType<typeof drive>;
