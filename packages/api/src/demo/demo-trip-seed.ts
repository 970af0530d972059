import {
  findTenantByCode,
  listPublishedTemplates,
  publishTemplateVersion,
  withAppRole,
  withTenant,
} from '@signoff/db';
import type { Database } from '@signoff/db';
import { validateFlow, type FlowDefinition } from '@signoff/flow';
import { compileForm, validateModel, type FormModel } from '@signoff/schema';
import { DEMO_TENANT_CODE } from './demo-seed.js';

/**
 * A business-trip form for the demo company that shows what the leave form cannot: a date range,
 * a time, a people picker, an itinerary table with a computed total and 大写金额, receipts, and a
 * route whose first step edits one field, reads another, never sees a third, must sign, and is
 * due within 8 hours (so the supervision desk has something to show once time passes).
 */
export const tripFormModel = (): FormModel => ({
  modelVersion: 1,
  key: 'trip',
  title: { zh: '出差申请', en: 'Business trip' },
  fields: [
    { key: 'serialNo', type: 'serialNumber', label: { zh: '审批编号', en: 'Serial number' }, width: 12 },
    {
      key: 'destination',
      type: 'text',
      label: { zh: '目的地', en: 'Destination' },
      required: true,
      maxLength: 100,
      width: 12,
    },
    { key: 'period', type: 'dateRange', label: { zh: '出差日期', en: 'Dates' }, required: true, width: 12 },
    { key: 'departAt', type: 'time', label: { zh: '出发时间', en: 'Departure time' }, width: 12 },
    {
      key: 'companions',
      type: 'user',
      multiple: true,
      label: { zh: '同行人', en: 'Travelling with' },
      width: 24,
    },
    {
      key: 'itinerary',
      type: 'table',
      label: { zh: '费用预算', en: 'Budget' },
      required: true,
      minRows: 1,
      maxRows: 50,
      width: 24,
      sumColumns: ['amount'],
      columns: [
        {
          key: 'item',
          type: 'select',
          label: { zh: '项目', en: 'Item' },
          required: true,
          options: [
            { value: '交通', label: { zh: '交通', en: 'Transport' } },
            { value: '住宿', label: { zh: '住宿', en: 'Hotel' } },
            { value: '餐补', label: { zh: '餐补', en: 'Meals' } },
            { value: '其他', label: { zh: '其他', en: 'Other' } },
          ],
        },
        {
          key: 'amount',
          type: 'money',
          label: { zh: '金额', en: 'Amount' },
          required: true,
          min: 0,
          max: 1_000_000,
        },
        { key: 'note', type: 'text', label: { zh: '说明', en: 'Note' }, maxLength: 100 },
      ],
    },
    {
      key: 'total',
      type: 'computed',
      label: { zh: '预算合计', en: 'Budget total' },
      formula: { op: 'round', value: { op: 'sum', table: 'itinerary', column: 'amount' }, precision: 2 },
      precision: 2,
      width: 12,
    },
    {
      key: 'advance',
      type: 'money',
      label: { zh: '预支金额', en: 'Cash advance' },
      min: 0,
      max: 100_000,
      width: 12,
      help: { zh: '部门负责人可调整', en: 'The department head may adjust it' },
    },
    {
      key: 'purpose',
      type: 'textarea',
      label: { zh: '出差事由', en: 'Purpose' },
      required: true,
      maxLength: 500,
      width: 24,
    },
    {
      key: 'privateNote',
      type: 'textarea',
      label: {
        zh: '给行政的备注（部门负责人不可见）',
        en: 'Note to administration (not shown to the department head)',
      },
      maxLength: 200,
      width: 24,
    },
    {
      key: 'receipts',
      type: 'attachment',
      label: { zh: '行程单', en: 'Itinerary files' },
      maxCount: 5,
      width: 24,
    },
  ],
});

export const tripRoute = (): FlowDefinition => ({
  key: 'trip',
  nodes: [
    { id: 'start', type: 'start', name: { zh: '发起申请', en: 'Submit' } },
    {
      id: 'dept-head',
      type: 'approve',
      name: { zh: '部门负责人审批', en: 'Department head' },
      approvers: { kind: 'deptHead', level: 1 },
      mode: 'single',
      signatureRequired: true,
      timeLimit: { hours: 8 },
      fieldPermissions: { advance: 'edit', destination: 'read', privateNote: 'hidden' },
    },
    {
      id: 'leader',
      type: 'approve',
      name: { zh: '分管领导审批', en: 'Supervising leader' },
      approvers: { kind: 'supervisingLeader', by: 'department' },
      mode: 'single',
      timeLimit: { hours: 8 },
    },
    {
      id: 'filing',
      type: 'handle',
      name: { zh: '综管部订票', en: 'Administration books the tickets' },
      approvers: { kind: 'departmentHead', name: '综合管理部' },
    },
    { id: 'end', type: 'end', name: { zh: '结束', en: 'End' } },
  ],
  edges: [
    { id: 'e-start', from: 'start', to: 'dept-head' },
    { id: 'e-head', from: 'dept-head', to: 'leader' },
    { id: 'e-leader', from: 'leader', to: 'filing' },
    { id: 'e-filing', from: 'filing', to: 'end' },
  ],
});

/**
 * Adds the trip form to the demo company when it has none, so a started server shows it; kept out
 * of `seedDemoTenant` so tests that count the demo company's forms see only the leave form.
 */
export async function seedDemoTripTemplate(deps: {
  db: Database;
  newId: () => string;
}): Promise<{ created: boolean }> {
  const tenant = await withAppRole(deps.db, (tx) => findTenantByCode(tx, DEMO_TENANT_CODE));
  if (!tenant) return { created: false };
  const model = tripFormModel();
  const flow = tripRoute();
  const problems = [...validateModel(model), ...validateFlow(flow, { fields: model.fields })];
  if (problems.length > 0) throw new Error(`demo trip template is invalid: ${JSON.stringify(problems)}`);
  const { schema, uiSchema } = compileForm(model);
  return withTenant(deps.db, tenant.id, async (tx) => {
    if ((await listPublishedTemplates(tx, tenant.id)).some((t) => t.key === model.key))
      return { created: false };
    await publishTemplateVersion(tx, tenant.id, {
      templateId: deps.newId(),
      versionId: deps.newId(),
      key: model.key,
      title: model.title,
      serialPrefix: 'CC',
      formModel: model,
      formSchema: schema,
      uiSchema,
      flow,
    });
    return { created: true };
  });
}
