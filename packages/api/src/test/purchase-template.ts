/**
 * A purchase form for tests: item and amount, a department head's step with an 8-hour limit (so
 * timers, cards and urgency can be watched), then the supervising leader. Publish it with
 * `forms.saveDraft({ key: 'purchase', title: purchaseTemplate.model.title, serialPrefix: 'SG', draft: purchaseTemplate })`.
 */
export const purchaseTemplate = {
  model: {
    modelVersion: 1,
    key: 'purchase',
    title: { zh: '物品申购', en: 'Purchase' },
    fields: [
      { key: 'item', type: 'text', label: { zh: '物品', en: 'Item' }, required: true },
      { key: 'amount', type: 'number', label: { zh: '金额', en: 'Amount' }, required: true, min: 0 },
    ],
  },
  flow: {
    key: 'purchase',
    nodes: [
      { id: 'start', type: 'start', name: { zh: '发起', en: 'Start' } },
      { id: 'head', type: 'approve', name: { zh: '部门负责人审批', en: 'Head' }, approvers: { kind: 'deptHead', level: 1 }, mode: 'single', timeLimit: { hours: 8 } },
      { id: 'vp', type: 'approve', name: { zh: '分管领导审批', en: 'VP' }, approvers: { kind: 'supervisingLeader', by: 'department' }, mode: 'single' },
      { id: 'end', type: 'end', name: { zh: '结束', en: 'End' } },
    ],
    edges: [
      { id: 'e1', from: 'start', to: 'head' },
      { id: 'e2', from: 'head', to: 'vp' },
      { id: 'e3', from: 'vp', to: 'end' },
    ],
  },
};
