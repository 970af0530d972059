import { realEstateDemoOrg } from '@signoff/org/demo';
import { expect, it } from 'vitest';
import { parseRouteText, printRouteText } from './index.js';

it('does what the README example says', () => {
  const org = realEstateDemoOrg();
  const r = parseRouteText('部门经理审核→总经理审批→董事长审批加盖印章', { org });
  expect(r.steps.map((s) => s.positions)).toEqual([['部门负责人'], ['董事长'], ['印章管理员']]);
  expect(r.unplaced[0]).toMatchObject({
    text: '总经理审批',
    reason: { code: 'unknown_position', zh: '本企业组织中没有岗位「总经理」' },
  });
  expect(printRouteText(r.flow, org)).toBe('相关人员填写→部门经理审批→董事长审批→印章管理员办理');
});
