import {
  findTenantByCode,
  insertOrg,
  insertTenant,
  publishTemplateVersion,
  withAppRole,
  withPlatform,
  withTenant,
} from '@signoff/db';
import type { Database, UserSeed } from '@signoff/db';
import { leaveRouteExample, validateFlow } from '@signoff/flow';
import type { Department, Position, Rank, Supervision } from '@signoff/org';
import { compileForm, validateModel, type FormModel } from '@signoff/schema';
import { hashPassword } from '../auth/password.js';

export const DEMO_TENANT_CODE = 'demo';
export const DEMO_PASSWORD = 'Signoff#2026';

export const DEMO_LOGINS = [
  { login: 'zhang.san', name: '张三', role: { zh: '工程部职员（申请人）', en: 'engineer, the applicant' } },
  { login: 'li.si', name: '李四', role: { zh: '工程部经理（部门负责人）', en: 'head of engineering' } },
  {
    login: 'wang.wu',
    name: '王五',
    role: { zh: '工程副总（分管领导）', en: 'VP engineering, the supervising leader' },
  },
  {
    login: 'zhao.liu',
    name: '赵六',
    role: { zh: '综合管理部经理（备案）', en: 'head of administration, copied' },
  },
  { login: 'admin', name: '管理员', role: { zh: '企业管理员', en: 'tenant admin' } },
] as const;

export const leaveFormModel = (): FormModel => ({
  modelVersion: 1,
  key: 'leave',
  title: { zh: '请假申请', en: 'Leave request' },
  fields: [
    {
      key: 'type',
      type: 'select',
      label: { zh: '假期类型', en: 'Leave type' },
      required: true,
      width: 12,
      options: [
        { value: '事假', label: { zh: '事假', en: 'Personal' } },
        { value: '病假', label: { zh: '病假', en: 'Sick' } },
        { value: '年休假', label: { zh: '年休假', en: 'Annual' } },
        { value: '调休', label: { zh: '调休', en: 'Compensatory' } },
      ],
    },
    {
      key: 'days',
      type: 'number',
      label: { zh: '请假天数', en: 'Leave days' },
      required: true,
      min: 0.5,
      max: 365,
      precision: 1,
      width: 12,
      help: { zh: '3 天及以上需分管领导审批', en: '3 days or more also need the supervising leader' },
    },
    {
      key: 'reason',
      type: 'textarea',
      label: { zh: '请假事由', en: 'Reason' },
      required: true,
      maxLength: 500,
      width: 24,
    },
  ],
});

const departments: Department[] = [
  { id: 'd-root', name: '示例科技', parentId: null, order: 0, code: 'HQ' },
  { id: 'd-lead', name: '公司领导', parentId: 'd-root', order: 1 },
  { id: 'd-eng', name: '工程部', parentId: 'd-root', order: 2 },
  { id: 'd-admin', name: '综合管理部', parentId: 'd-root', order: 3 },
];
const positions: Position[] = [
  { id: 'p-ceo', name: '总经理', departmentId: 'd-root', isHead: true },
  { id: 'p-vp-eng', name: '工程副总', departmentId: 'd-lead', isHead: false },
  { id: 'p-eng-head', name: '工程部经理', departmentId: 'd-eng', isHead: true },
  { id: 'p-admin-head', name: '综合管理部经理', departmentId: 'd-admin', isHead: true },
];
const ranks: Rank[] = [
  { id: 'r-staff', name: '职员', order: 1 },
  { id: 'r-lead', name: '主管级', order: 2 },
  { id: 'r-vp', name: '副总经理以上', order: 3 },
];
const supervisions: Supervision[] = [
  { positionId: 'p-vp-eng', departmentIds: ['d-eng'], categories: ['工程类'] },
];

const user = (
  id: string,
  login: string,
  name: string,
  departmentId: string,
  rankId: string,
  positionIds: string[],
  roles: string[] = [],
) => ({
  id,
  login,
  name,
  departmentId,
  rankId,
  positionIds,
  roles,
  secondaryDepartmentIds: [],
  active: true,
});

/**
 * Creates the demo tenant (company code `demo`) with its org, the leave form and its route,
 * published as version 1. Does nothing when the tenant exists, so every start may call it.
 */
export async function seedDemoTenant(deps: {
  db: Database;
  newId: () => string;
}): Promise<{ created: boolean }> {
  const existing = await withAppRole(deps.db, (tx) => findTenantByCode(tx, DEMO_TENANT_CODE));
  if (existing) return { created: false };

  const model = leaveFormModel();
  const modelProblems = validateModel(model);
  const flow = leaveRouteExample();
  const flowProblems = validateFlow(flow, { fields: model.fields });
  if (modelProblems.length > 0 || flowProblems.length > 0) {
    throw new Error(`demo template is invalid: ${JSON.stringify([...modelProblems, ...flowProblems])}`);
  }
  const { schema, uiSchema } = compileForm(model);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users: UserSeed[] = [
    user('u-zhang', 'zhang.san', '张三', 'd-eng', 'r-staff', []),
    user('u-li', 'li.si', '李四', 'd-eng', 'r-lead', ['p-eng-head']),
    user('u-wang', 'wang.wu', '王五', 'd-lead', 'r-vp', ['p-vp-eng']),
    user('u-zhao', 'zhao.liu', '赵六', 'd-admin', 'r-lead', ['p-admin-head']),
    user('u-admin', 'admin', '管理员', 'd-admin', 'r-staff', [], ['admin']),
  ].map((u) => ({ ...u, passwordHash }));

  const tenantId = deps.newId();
  await withPlatform(deps.db, (tx) =>
    insertTenant(tx, { id: tenantId, code: DEMO_TENANT_CODE, name: '示例科技有限公司' }),
  );
  await withTenant(deps.db, tenantId, async (tx) => {
    await insertOrg(tx, tenantId, { departments, positions, ranks, supervisions }, users);
    await publishTemplateVersion(tx, tenantId, {
      templateId: deps.newId(),
      versionId: deps.newId(),
      key: model.key,
      title: model.title,
      serialPrefix: 'QJ',
      formModel: model,
      formSchema: schema,
      uiSchema,
      flow,
    });
  });
  return { created: true };
}
