import type { ApproverExpression } from './approver-expression.js';
import type { Localized } from '@signoff/schema';

export interface ExpressionProblem {
  /** where in the expression, e.g. `of[1].level`; empty for the whole expression */
  path: string;
  message: Localized;
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const nonBlank = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

const KINDS = [
  'deptHead',
  'supervisingLeader',
  'position',
  'departmentHead',
  'role',
  'user',
  'formUser',
  'chosenBySubmitter',
  'union',
];

function check(expr: unknown, path: string, out: ExpressionProblem[]): void {
  if (!isObj(expr) || typeof expr.kind !== 'string') {
    out.push({
      path,
      message: {
        zh: '审批人表达式必须是带 kind 的对象',
        en: 'an approver expression must be an object with a kind',
      },
    });
    return;
  }
  const need = (key: string, zh: string, en: string) => {
    if (!nonBlank(expr[key]))
      out.push({ path: at(path, key), message: { zh: `${zh}不能为空`, en: `${en} must not be empty` } });
  };
  switch (expr.kind) {
    case 'deptHead':
      if (
        typeof expr.level !== 'number' ||
        !Number.isInteger(expr.level) ||
        expr.level < 1 ||
        expr.level > 10
      )
        out.push({
          path: at(path, 'level'),
          message: {
            zh: '部门负责人级别必须是 1 到 10 的整数',
            en: 'the department-head level must be a whole number from 1 to 10',
          },
        });
      return;
    case 'supervisingLeader':
      if (expr.by !== 'department' && expr.by !== 'category')
        out.push({
          path: at(path, 'by'),
          message: {
            zh: '分管领导须按部门或按分类',
            en: "a supervising leader is found 'by' department or category",
          },
        });
      if (expr.field !== undefined && !nonBlank(expr.field))
        out.push({
          path: at(path, 'field'),
          message: { zh: '分类字段不能为空', en: 'the category field must not be empty' },
        });
      return;
    case 'position':
    case 'departmentHead':
    case 'role':
      need('name', '名称', 'the name');
      return;
    case 'user':
      need('id', '成员', 'the user id');
      return;
    case 'formUser':
      need('field', '表单字段', 'the form field');
      return;
    case 'chosenBySubmitter':
      return;
    case 'union':
      if (!Array.isArray(expr.of) || expr.of.length === 0) {
        out.push({
          path: at(path, 'of'),
          message: {
            zh: '组合至少要有一个审批人表达式',
            en: 'a union needs at least one approver expression',
          },
        });
        return;
      }
      expr.of.forEach((e, i) => check(e, `${at(path, 'of')}[${i}]`, out));
      return;
    default:
      out.push({
        path: at(path, 'kind'),
        message: {
          zh: `未知的审批人类型「${expr.kind}」`,
          en: `unknown approver kind "${expr.kind}" (expected one of ${KINDS.join(', ')})`,
        },
      });
  }
}

/** Checks data that claims to be an approver expression (from an import or the designer); empty means valid. */
export function validateApproverExpression(expr: unknown): ExpressionProblem[] {
  const out: ExpressionProblem[] = [];
  check(expr, '', out);
  return out;
}

export function isApproverExpression(expr: unknown): expr is ApproverExpression {
  return validateApproverExpression(expr).length === 0;
}
