import type { FormField, Localized } from '@signoff/schema';

export interface ApproverProblem {
  /** relative to the expression, e.g. `of[1].level`; empty for the expression itself */
  path: string;
  code: 'invalid_approver' | 'unknown_field';
  message: Localized;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const at = (base: string, seg: string) => (base === '' ? seg : seg.startsWith('[') ? `${base}${seg}` : `${base}.${seg}`);

/** Expressions come from stored JSON; absurd nesting must not blow the stack. */
const MAX_DEPTH = 16;

const NAMED: Record<string, Localized> = {
  position: { zh: '岗位', en: 'A position' },
  departmentHead: { zh: '部门负责人', en: 'A department head' },
  role: { zh: '角色', en: 'A role' },
};

/**
 * Structural check of a virtual position (what the org resolver will be asked to resolve), and,
 * when the form's fields are known, that the fields it reads exist.
 */
export function checkApproverExpression(expr: unknown, fields?: readonly FormField[]): ApproverProblem[] {
  const out: ApproverProblem[] = [];
  const keys = fields ? new Set(fields.map((f) => f.key)) : undefined;
  const bad = (path: string, zh: string, en: string): void => {
    out.push({ path, code: 'invalid_approver', message: { zh, en } });
  };
  const field = (path: string, key: string): void => {
    if (keys && !keys.has(key)) {
      out.push({ path, code: 'unknown_field', message: { zh: `表单中没有字段「${key}」`, en: `The form has no field "${key}"` } });
    }
  };

  const visit = (raw: unknown, path: string, depth: number): void => {
    if (depth > MAX_DEPTH) return bad(path, '审批人表达式嵌套过深', 'The approver expression is nested too deeply');
    if (!isObj(raw)) return bad(path, '审批人表达式必须是对象', 'An approver expression must be an object');
    switch (raw.kind) {
      case 'deptHead':
        if (typeof raw.level !== 'number' || !Number.isInteger(raw.level) || raw.level < 1) {
          bad(at(path, 'level'), '部门负责人的层级须为不小于 1 的整数', 'The department head level must be a whole number of at least 1');
        }
        return;
      case 'supervisingLeader':
        if (raw.by !== 'department' && raw.by !== 'category') {
          bad(at(path, 'by'), '分管领导须按部门或按类别确定', 'The supervising leader must be found by department or by category');
        }
        if (raw.field !== undefined) {
          if (!isText(raw.field)) bad(at(path, 'field'), '类别字段须为字段名', 'The category field must be a field key');
          else field(at(path, 'field'), raw.field);
        }
        return;
      case 'position':
      case 'departmentHead':
      case 'role': {
        const what = NAMED[raw.kind] ?? { zh: '', en: '' };
        if (!isText(raw.name)) bad(at(path, 'name'), `${what.zh}须填写名称`, `${what.en} needs a name`);
        return;
      }
      case 'user':
        if (!isText(raw.id)) bad(at(path, 'id'), '指定成员须填写用户', 'A named user needs a user id');
        return;
      case 'formUser':
        if (!isText(raw.field)) bad(at(path, 'field'), '表单中的成员须指定字段', 'A user from the form needs a field');
        else field(at(path, 'field'), raw.field);
        return;
      case 'chosenBySubmitter':
        return;
      case 'union':
        if (!Array.isArray(raw.of) || raw.of.length === 0) {
          bad(at(path, 'of'), '组合审批人至少需要一项', 'A union needs at least one approver expression');
          return;
        }
        (raw.of as unknown[]).forEach((x, i) => visit(x, at(at(path, 'of'), `[${i}]`), depth + 1));
        return;
      default:
        bad(at(path, 'kind'), `未知的审批人类型「${String(raw.kind)}」`, `Unknown approver kind "${String(raw.kind)}"`);
    }
  };

  visit(expr, '', 0);
  return out;
}
