import type { Overview } from './stats-data';

const LEAVE = { zh: '请假申请', en: 'Leave request' };
const TRIP = { zh: '出差申请', en: 'Business trip' };

/** An overview as the server answers it for November 2026: two forms, three steps. */
export const NOVEMBER: Overview = {
  templates: [
    {
      templateKey: 'leave',
      title: LEAVE,
      submitted: 4,
      finished: 3,
      approved: 2,
      rejected: 1,
      running: 1,
      avgHours: 3.5,
      p90Hours: 5.25,
      overdueRate: 0.25,
      firstPassRate: 0.667,
    },
    {
      templateKey: 'trip',
      title: TRIP,
      submitted: 2,
      finished: 2,
      approved: 2,
      rejected: 0,
      running: 0,
      avgHours: 10,
      p90Hours: 12,
      overdueRate: 0,
      firstPassRate: 1,
    },
  ],
  steps: [
    {
      templateKey: 'trip',
      nodeName: { zh: '财务审核', en: 'Finance' },
      tasks: 2,
      open: 0,
      overdue: 0,
      avgHours: 8,
      p90Hours: 9,
      maxHours: 9.5,
    },
    {
      templateKey: 'leave',
      nodeName: { zh: '部门负责人审批', en: 'Head' },
      tasks: 4,
      open: 1,
      overdue: 1,
      avgHours: 3,
      p90Hours: 4,
      maxHours: 30,
    },
  ],
  bottlenecks: [],
  days: [
    { day: '2026-11-03', templateKey: 'leave', submitted: 4 },
    { day: '2026-11-05', templateKey: 'trip', submitted: 2 },
  ],
  months: [
    {
      month: '2026-11',
      submitted: 6,
      finished: 5,
      activeUsers: 4,
      logins: 17,
      topTemplates: [
        { templateKey: 'leave', submitted: 4 },
        { templateKey: 'trip', submitted: 2 },
      ],
    },
  ],
};
NOVEMBER.bottlenecks = NOVEMBER.steps;
