import type { FlowDefinition, FlowEdge, FlowNode } from '@signoff/flow';
import type { ApproverExpression, OrgSnapshot } from '@signoff/org';
import type { Condition, FormModel } from '@signoff/schema';

const HAN = '一二三四五六七八九十';
const VERB = { approve: '审批', notify: '备案', handle: '办理' } as const;

/** The word the parser reads back as this approver; undefined when the text has no word for it (fixed people, unions …). */
function actorWord(
  a: ApproverExpression,
  org: OrgSnapshot,
  form: FormModel | undefined,
  headCheck: boolean,
): string | undefined {
  switch (a.kind) {
    case 'deptHead':
      return a.level === 1 ? (headCheck ? '部门经理' : '上级领导') : undefined;
    case 'supervisingLeader': {
      if (a.by === 'department') return '分管领导';
      const field = form?.fields.find((f) => f.key === (a.field ?? 'category'));
      const cats = (field?.options ?? [])
        .map((o) => o.value)
        .filter((v) => org.supervisions.some((s) => s.categories.includes(v)));
      return cats.length > 0 ? `分管领导(${cats.join('/')})` : undefined;
    }
    case 'position':
      return org.positions.some((p) => p.name === a.name) ? a.name : undefined;
    case 'departmentHead':
      return org.departments.some((d) => d.name === a.name) ? a.name : undefined;
    default:
      return undefined;
  }
}

/** A condition the parser reads back: an amount over 0, a day count, a choice, a rank, a department, or several of them (or). */
function conditionText(c: Condition, form: FormModel | undefined, org: OrgSnapshot): string | undefined {
  const role = roleWord(c, org);
  if (role) return role;
  if (c.op === 'or') {
    const parts = c.conditions.map((x) => conditionText(x, form, org));
    return parts.every((p): p is string => p !== undefined) ? parts.join('、') : undefined;
  }
  if (c.op === 'and') return daysRange(c.conditions, form);
  if (!('left' in c)) return undefined;
  const value = 'right' in c && 'value' in c.right ? c.right.value : undefined;
  if ('applicant' in c.left) {
    if (typeof value !== 'string') return undefined;
    if (c.left.applicant === 'department' && c.op === 'eq') return value;
    if (c.left.applicant === 'rank' && (c.op === 'eq' || c.op === 'gte'))
      return c.op === 'gte' && !value.endsWith('以上') ? `${value}以上` : value;
    return undefined;
  }
  if (!('field' in c.left)) return undefined;
  const key = c.left.field;
  const field = form?.fields.find((f) => f.key === key);
  if (!field) return undefined;
  const days = field.label.zh.includes('天') || field.label.zh.includes('日');
  if (typeof value === 'number') {
    if (c.op === 'gt' && value === 0 && !days) return field.label.zh;
    if (days) {
      const n = String(value);
      if (c.op === 'gte') return `${n}天以上`;
      if (c.op === 'gt') return `${n}天以上(不含)`;
      if (c.op === 'lt') return `${n}天内`;
      if (c.op === 'lte') return `${n}天内(含)`;
    }
    return undefined;
  }
  if (c.op === 'eq' && typeof value === 'string') return value;
  if (c.op === 'in' && c.values.length === 1 && typeof c.values[0] === 'string') return c.values[0];
  return undefined;
}

/** The who-applies conditions the parser writes for 部门负责人 / 分管领导 (read-roles.ts). */
function roleWord(c: Condition, org: OrgSnapshot): string | undefined {
  if (c.op !== 'or') return undefined;
  const seats = c.conditions.find(
    (x) => x.op === 'in' && 'left' in x && 'applicant' in x.left && x.left.applicant === 'positions',
  );
  const rank = c.conditions.find(
    (x) => x.op === 'gte' && 'left' in x && 'applicant' in x.left && x.left.applicant === 'rank',
  );
  if (!seats || c.conditions.length !== (rank ? 2 : 1)) return undefined;
  const values = seats.op === 'in' ? seats.values : [];
  const heads = new Set(org.positions.filter((p) => p.isHead).map((p) => p.name));
  const supervising = new Set(
    org.supervisions.flatMap((x) => org.positions.filter((p) => p.id === x.positionId).map((p) => p.name)),
  );
  if (values.every((v) => typeof v === 'string' && heads.has(v)) && values.length === heads.size)
    return '部门负责人';
  if (values.every((v) => typeof v === 'string' && supervising.has(v))) return '分管领导';
  return undefined;
}

/** and(d ≥ a, d < b) on the days field: a天(含)-b天 */
function daysRange(parts: readonly Condition[], form: FormModel | undefined): string | undefined {
  const [lo, hi] = parts;
  if (parts.length !== 2 || (lo?.op !== 'gte' && lo?.op !== 'gt') || hi?.op !== 'lt') return undefined;
  const a = 'right' in lo && 'value' in lo.right ? lo.right.value : undefined;
  const b = 'right' in hi && 'value' in hi.right ? hi.right.value : undefined;
  if (typeof a !== 'number' || typeof b !== 'number' || !form) return undefined;
  return `${a}天${lo.op === 'gte' ? '(含)' : ''}-${b}天`;
}

const isHeadCheck = (c: Condition | undefined) =>
  c?.op === 'in' && 'left' in c && 'applicant' in c.left && c.left.applicant === 'positions';

/**
 * Writes a route as the line of text `parseRouteText` reads back into the same route: steps joined
 * by →, a step taken only under a condition with the condition in brackets, the 部门经理 pair as
 * 部门经理, and a final exclusive branch as numbered alternatives (the default first). What text
 * cannot say (fixed people, parallel lanes, branches that meet again) is written as 「?」, which
 * the parser reports as unplaced.
 */
export function printRouteText(flow: FlowDefinition, org: OrgSnapshot, form?: FormModel): string {
  const node = new Map(flow.nodes.map((n) => [n.id, n]));
  const out = (id: string): FlowEdge[] =>
    flow.edges
      .filter((e) => e.from === id)
      .sort(
        (a, b) =>
          Number(a.isDefault === true) - Number(b.isDefault === true) || (a.order ?? 0) - (b.order ?? 0),
      );
  const stepText = (n: FlowNode, headCheck: boolean, when?: string): string => {
    if (n.type !== 'approve' && n.type !== 'notify' && n.type !== 'handle') return '?';
    const who = actorWord(n.approvers, org, form, headCheck);
    if (who === undefined) return '?';
    const cat = who.indexOf('(');
    const word = cat >= 0 ? who.slice(0, cat) : who;
    const remark = cat >= 0 ? who.slice(cat) : '';
    return `${word}${VERB[n.type]}${remark}${when !== undefined ? `(${when})` : ''}`;
  };

  /** the chain from `id` to the end; a branch that is not a guard or a head check must be the last thing */
  const chain = (from: string | undefined, seen: Set<string>): { parts: string[]; switched: boolean } => {
    const parts: string[] = [];
    let id = from;
    while (id !== undefined && !seen.has(id)) {
      seen.add(id);
      const n = node.get(id);
      if (!n || n.type === 'end') break;
      const edges = out(id);
      if (n.type === 'start') {
        id = edges[0]?.to;
        continue;
      }
      if (n.type === 'branch') {
        const [cond, dflt] = edges;
        const target = cond ? node.get(cond.to) : undefined;
        const deflt = dflt ? node.get(dflt.to) : undefined;
        const after = (x: FlowNode | undefined) => (x ? out(x.id)[0]?.to : undefined);
        if (
          edges.length === 2 &&
          cond &&
          dflt &&
          isHeadCheck(cond.condition) &&
          deflt?.type === 'approve' &&
          after(deflt) === cond.to
        ) {
          parts.push(stepText(deflt, true));
          seen.add(deflt.id);
          id = cond.to;
          continue;
        }
        const when = cond?.condition ? conditionText(cond.condition, form, org) : undefined;
        if (
          edges.length === 2 &&
          cond &&
          dflt &&
          target &&
          when !== undefined &&
          after(target) === dflt.to &&
          target.type !== 'branch'
        ) {
          parts.push(stepText(target, false, when));
          seen.add(target.id);
          id = dflt.to;
          continue;
        }
        const fallback = edges.find((e) => e.isDefault === true);
        const ways = [fallback, ...edges.filter((e) => e !== fallback)].filter(
          (e): e is FlowEdge => e !== undefined,
        );
        const alts = ways.map((e) => ({
          label: e.isDefault ? '其他' : e.condition ? conditionText(e.condition, form, org) : undefined,
          body: chain(e.to, new Set(seen)),
        }));
        // one level of alternatives inside another: 一、二、 outside, 1、2、 inside, as seed 000 writes 请休假管理
        const nested = alts.some((a) => a.body.switched);
        const marker = (i: number) => (nested ? `${HAN[i] ?? String(i + 1)}、` : `${i + 1}、`);
        parts.push(alts.map((a, i) => `${marker(i)}${a.label ?? '?'}：${a.body.parts.join('→')}`).join(' '));
        return { parts, switched: true };
      }
      parts.push(stepText(n, false));
      id = edges[0]?.to;
    }
    return { parts, switched: false };
  };
  return ['相关人员填写', ...chain(flow.nodes.find((n) => n.type === 'start')?.id, new Set()).parts].join(
    '→',
  );
}
