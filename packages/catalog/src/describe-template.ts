import type { FlowDefinition } from '@signoff/flow';
import { describeApprovers } from '@signoff/org';
import type { Condition, FormField, Locale, Operand } from '@signoff/schema';
import type { TemplateFile } from './template-file.js';

type Obj = Record<string, unknown>;

function operand(o: Operand, labels: Map<string, string>, lang: Locale): string {
  const x = o as Obj;
  if (typeof x.field === 'string') return labels.get(x.field) ?? x.field;
  if (typeof x.applicant === 'string') {
    const zh: Record<string, string> = {
      department: '申请人部门',
      departments: '申请人所属部门',
      rank: '申请人职级',
      positions: '申请人岗位',
    };
    return lang === 'zh' ? (zh[x.applicant] ?? x.applicant) : `applicant.${x.applicant}`;
  }
  return JSON.stringify(x.value);
}

const OPS: Record<string, string> = { eq: '=', ne: '≠', lt: '<', lte: '≤', gt: '>', gte: '≥' };

/** A branch condition in one line: 请假天数 ≥ 7 且 申请人职级 ≥ "主管级". */
export function describeCondition(c: Condition, labels: Map<string, string>, lang: Locale): string {
  const zh = lang === 'zh';
  switch (c.op) {
    case 'and':
    case 'or':
      return c.conditions
        .map((x) => `(${describeCondition(x, labels, lang)})`)
        .join(c.op === 'and' ? (zh ? ' 且 ' : ' and ') : zh ? ' 或 ' : ' or ');
    case 'not':
      return `${zh ? '非' : 'not'} (${describeCondition(c.condition, labels, lang)})`;
    case 'in':
    case 'notIn':
      return `${operand(c.left, labels, lang)} ${c.op === 'in' ? (zh ? '属于' : 'in') : zh ? '不属于' : 'not in'} [${c.values.map((v) => JSON.stringify(v)).join(', ')}]`;
    case 'between':
      return `${operand(c.left, labels, lang)} ${zh ? '介于' : 'between'} ${JSON.stringify(c.min)} ~ ${JSON.stringify(c.max)}`;
    case 'empty':
    case 'notEmpty':
      return `${operand(c.operand, labels, lang)} ${c.op === 'empty' ? (zh ? '为空' : 'is empty') : zh ? '不为空' : 'is not empty'}`;
    default:
      return `${operand(c.left, labels, lang)} ${OPS[c.op] ?? c.op} ${operand(c.right, labels, lang)}`;
  }
}

/**
 * The route node by node with each edge's condition, for `signoff catalog show`. Approvers read
 * as the route designer says them (`describeApprovers` of @signoff/org), fields by their labels.
 */
export function describeRoute(route: FlowDefinition, fields: readonly FormField[], lang: Locale): string[] {
  const zh = lang === 'zh';
  const labels = new Map(fields.map((f) => [f.key, f.label[lang]]));
  const name = (id: string) => route.nodes.find((n) => n.id === id)?.name[lang] ?? id;
  const lines: string[] = [];
  for (const n of route.nodes) {
    const who = 'approvers' in n ? ` — ${describeApprovers(n.approvers, lang, { fields })}` : '';
    lines.push(`  [${n.type}] ${n.name[lang]} (${n.id})${who}`);
    for (const e of route.edges.filter((x) => x.from === n.id)) {
      const when = e.condition
        ? zh
          ? `若 ${describeCondition(e.condition, labels, lang)}`
          : `if ${describeCondition(e.condition, labels, lang)}`
        : e.isDefault
          ? zh
            ? '否则'
            : 'otherwise'
          : '';
      lines.push(`      → ${name(e.to)}${when ? `  ${when}` : ''}`);
    }
  }
  return lines;
}

/** A template file in words: title, seed text, fields, route, categories, requirements. */
export function describeTemplate(t: TemplateFile, lang: Locale): string {
  const zh = lang === 'zh';
  const lines = [`${t.title[lang]} (${t.key})`];
  if (t.seed)
    lines.push(
      zh
        ? `来源：种子文档 ${t.seed.document} 第 ${t.seed.part} 篇 第 ${t.seed.number} 项「${t.seed.title}」`
        : `Seed: document ${t.seed.document}, part ${t.seed.part}, flow ${t.seed.number} "${t.seed.title}"`,
      `  ${t.seed.text}`,
    );
  lines.push(zh ? '表单字段：' : 'Fields:');
  for (const f of t.form.fields)
    lines.push(`  ${f.label[lang]} (${f.key}, ${f.type}${f.required ? (zh ? '，必填' : ', required') : ''})`);
  lines.push(zh ? '审批流程：' : 'Route:', ...describeRoute(t.route, t.form.fields, lang));
  if (t.categories) {
    lines.push(zh ? '内容分类（Δ 须经董事长审批）：' : 'Categories (Δ must reach the chairman):');
    lines.push(
      `  ${t.categories.items.map((i) => `${i.chairman ? 'Δ' : ''}${i.value}`).join(zh ? '、' : ', ')}`,
    );
  }
  lines.push(
    zh
      ? `所需岗位：${t.requires.positions.map((p) => p.name).join('、')}`
      : `Positions: ${t.requires.positions.map((p) => p.name).join(', ')}`,
  );
  lines.push(
    zh
      ? `所需部门：${t.requires.departments.map((d) => d.name).join('、')}`
      : `Departments: ${t.requires.departments.map((d) => d.name).join(', ')}`,
  );
  const s = t.serialNumber;
  lines.push(
    zh
      ? `流水号：${s.prefix}-${s.dateParts}-${'0'.repeat(s.width)}（${s.reset}）`
      : `Serial: ${s.prefix}-${s.dateParts}-${'0'.repeat(s.width)} (${s.reset})`,
  );
  if (t.supervisor)
    lines.push(zh ? `督办人：${t.supervisor.position}` : `Supervisor: ${t.supervisor.position}`);
  return lines.join('\n');
}
