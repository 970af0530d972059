import { routeWithTimeLimits, type Catalog, type TemplateFile } from '@signoff/catalog';
import { loadCatalog } from '@signoff/catalog/node';
import { simulateRoute, validateFlow } from '@signoff/flow';
import { rankNames, staffOf } from '@signoff/org';
import { FIELD_KEY_PATTERN, validateModel, type FormField } from '@signoff/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { engineEnv } from '../instances/engine-env.js';
import { CATALOG_DEMO_ORGS, demoOrgWithLogins } from './catalog-demo-org.js';

/** The flows of seed 000 as the seed titles them, in its order. */
const SEED_FLOWS: Record<string, string[]> = {
  'real-estate': [
    '销售合同管理',
    '营销日常管理',
    '营销业务管理',
    '工程合同管理',
    '工程事件(下函)管理',
    '设计变更管理',
    '档案借阅管理',
    '考勤补签管理',
    '派车申请审批流程',
    '请休假管理',
    '物品申购管理',
    '用印审批',
    '物业请休假管理',
    '物业物品申购管理',
    '成本采购审批流程',
    '借款申请审批',
    '费用报销流程',
    '业务招待申请流程',
    '车辆维护流程',
    '人事变动申请',
  ],
  'small-company': [
    '合同管理',
    '营销业务管理',
    '考勤补签管理',
    '派车申请审批流程',
    '请休假管理',
    '物品申购管理',
    '用章审批',
    '借款申请审批',
    '费用报销流程',
    '业务招待申请流程',
    '人事变动申请',
  ],
};

const LEAVE_TYPES = ['事假', '病假', '婚假', '丧假', '产假', '陪产假', '年休假', '调休'];

/** The acceptance README's routing fields: label → type and, for choices, the exact options. */
const ROUTING_FIELDS: Record<string, { types: string[]; options?: string[] }> = {
  请假天数: { types: ['number'] },
  假期类型: { types: ['select'], options: LEAVE_TYPES },
  用车范围: { types: ['select', 'radio'], options: ['市内', '市外'] },
  涉及金额: { types: ['money'] },
  申购类别: { types: ['select', 'radio'], options: ['工程类', '日常'] },
  内容分类: { types: ['select'] },
};

const catalogs: Record<string, Catalog> = {};
beforeAll(async () => {
  for (const code of Object.keys(SEED_FLOWS)) {
    const loaded = await loadCatalog(code);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems, null, 2));
    catalogs[code] = loaded.catalog;
  }
});

const templatesOf = (code: string): TemplateFile[] => catalogs[code]?.templates.map((t) => t.file) ?? [];

describe.each(Object.keys(SEED_FLOWS))('the %s catalog', (code) => {
  it('holds every flow of the seed, in its order, numbered as the seed numbers them', () => {
    const templates = templatesOf(code);
    expect(templates.map((t) => t.seed?.title)).toEqual(SEED_FLOWS[code]);
    expect(templates.map((t) => t.seed?.number)).toEqual(templates.map((_, i) => i + 1));
    expect(catalogs[code]?.templates.map((t) => t.name)).toEqual(
      templates.map((t, i) => `${String(i + 1).padStart(2, '0')}-${t.key}.json`),
    );
  });

  it('every form and route passes validateModel and validateFlow with no problem', () => {
    const ranks = rankNames(demoOrgWithLogins(CATALOG_DEMO_ORGS[code]!, null).org);
    for (const t of templatesOf(code)) {
      expect(validateModel(t.form), t.key).toEqual([]);
      expect(validateFlow(routeWithTimeLimits(t), { fields: t.form.fields, ranks }), t.key).toEqual([]);
      const keys = t.form.fields.flatMap((f): FormField[] => [f, ...(f.columns ?? [])]).map((f) => f.key);
      for (const key of keys) expect(key, t.key).toMatch(FIELD_KEY_PATTERN);
    }
  });

  it('routing fields carry the acceptance labels, types and options', () => {
    for (const t of templatesOf(code)) {
      for (const f of t.form.fields) {
        const rule = ROUTING_FIELDS[f.label.zh];
        if (!rule) continue;
        expect(rule.types, `${t.key}.${f.key}`).toContain(f.type);
        if (rule.options)
          expect(
            f.options?.map((o) => o.value),
            `${t.key}.${f.key}`,
          ).toEqual(rule.options);
      }
    }
    const labels = (key: string) =>
      templatesOf(code)
        .find((t) => t.key === key)
        ?.form.fields.map((f) => f.label.zh) ?? [];
    const prefix = code === 'real-estate' ? 're' : 'sc';
    expect(labels(`${prefix}_leave`)).toEqual(expect.arrayContaining(['请假天数', '假期类型']));
    expect(labels(`${prefix}_vehicle`)).toContain('用车范围');
    if (code === 'real-estate') {
      expect(labels('re_seal')).toEqual(expect.arrayContaining(['涉及金额', '内容分类']));
      expect(labels('re_purchase')).toEqual(expect.arrayContaining(['申购类别', '内容分类']));
      expect(labels('re_property_purchase')).toContain('申购类别');
    }
  });

  it('names people only through positions, and every step kind is as the contract says', () => {
    for (const t of templatesOf(code)) {
      for (const n of t.route.nodes) {
        if (!('approvers' in n)) continue;
        expect(['deptHead', 'supervisingLeader', 'position', 'departmentHead'], `${t.key}/${n.id}`).toContain(
          n.approvers.kind,
        );
        if (/备案|抄送/.test(n.name.zh)) expect(n.type, `${t.key}/${n.id}`).toBe('notify');
        if (/盖章|出纳|支付|出车|采购|办理|执行|下发/.test(n.name.zh))
          expect(n.type, `${t.key}/${n.id}`).toBe('handle');
      }
      expect(t.timeLimits && Object.keys(t.timeLimits).length, t.key).toBe(
        t.route.nodes.filter((n) => n.type === 'approve' || n.type === 'handle').length,
      );
    }
  });

  it('every Δ category reaches the chairman for the applicant the seed names', () => {
    const demo = CATALOG_DEMO_ORGS[code]!;
    const { org } = demoOrgWithLogins(demo, null);
    const chairman = org.users.find((u) =>
      u.positionIds.includes(org.positions.find((p) => p.name === '董事长')?.id ?? ''),
    );
    let checked = 0;
    for (const t of templatesOf(code)) {
      for (const item of t.categories?.items.filter((i) => i.chairman) ?? []) {
        const applicant = staffOf(org, t.applicant?.department ?? '');
        expect(applicant, t.key).toBeDefined();
        const form = { [t.categories?.field ?? 'category']: item.value };
        const env = engineEnv({
          org,
          applicantId: applicant?.id ?? '',
          form,
          templateKey: t.key,
          now: new Date('2026-11-24T02:00:00Z'),
          newId: () => 'x',
        });
        const steps = simulateRoute(routeWithTimeLimits(t), env);
        const reached = steps.some(
          (s) => s.kind === 'approve' && !s.skipped && s.userIds.includes(chairman?.id ?? ''),
        );
        expect(reached, `${t.key}: Δ${item.value}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(code === 'real-estate' ? 30 : 10);
  });
});
