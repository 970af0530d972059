import { simulateRoute, type FlowDefinition } from '@signoff/flow';
import { smallCompanyDemoOrg } from '@signoff/org/demo';
import { describe, expect, it } from 'vitest';
import { engineEnv } from './engine-env.js';

const org = smallCompanyDemoOrg();
const applicant = org.users.find((u) => u.active)!;

/** One step whose approver is the applicant, with the step's own skip rule. */
const route = (skipApplicant?: boolean): FlowDefinition => ({
  key: 'self',
  nodes: [
    { id: 'start', type: 'start', name: { zh: '发起', en: 'Start' } },
    {
      id: 'own',
      type: 'approve',
      name: { zh: '本人确认', en: 'Own confirmation' },
      approvers: { kind: 'user', id: applicant.id },
      mode: 'single',
      ...(skipApplicant === undefined ? {} : { skipApplicant }),
    },
    { id: 'end', type: 'end', name: { zh: '结束', en: 'End' } },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'own' },
    { id: 'e2', from: 'own', to: 'end' },
  ],
});

describe('engineEnv', () => {
  it("hands a step's skip rules to the org's resolver, as the server simulates and runs the route", () => {
    const env = engineEnv({
      org,
      applicantId: applicant.id,
      form: {},
      templateKey: 'self',
      now: new Date('2026-11-24T02:00:00Z'),
      newId: () => 'x',
    });
    expect(simulateRoute(route(), env)[0]).toMatchObject({ nodeId: 'own', userIds: [], skipped: true });
    expect(simulateRoute(route(false), env)[0]).toMatchObject({
      nodeId: 'own',
      userIds: [applicant.id],
      skipped: false,
    });
  });
});
