import type { Condition, FormField } from '@signoff/schema';
import type { ImportReason } from './import-bpmn-types.js';
import { juelCondition } from './juel-condition.js';
import { isObj, text, type Obj } from './moddle-read.js';
import { SIGNOFF_CONDITION_LANGUAGE } from './route-to-bpmn.js';

export type FlowConditionRead =
  | { kind: 'none' }
  | { kind: 'placed'; condition: Condition; expression: string }
  | { kind: 'unplaced'; expression: string; reason: ImportReason };

/** Languages that mean JUEL in the files of Camunda 7, Flowable and Activiti (absent means the engine's default). */
const JUEL = /^(juel|(https?:\/\/[^#]*)?juel)$/i;

/**
 * FEEL as Zeebe writes simple conditions (`=amount > 5000 and type = "x"`) in the shape JUEL reads:
 * the leading `=` off, `=` as `==`. Only the comparisons and connectives shared by both survive.
 */
const feelAsJuel = (body: string) =>
  body
    .trim()
    .slice(1)
    .replace(/(?<![<>!=])=(?!=)/g, '==');

function signoffCondition(body: string): Condition | undefined {
  const json = body.trim().split('\n').pop() ?? '';
  try {
    const value = JSON.parse(json) as unknown;
    return isObj(value) && typeof value.op === 'string' ? (value as unknown as Condition) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The condition of a sequence flow: Signoff's own language (the condition's JSON, written by
 * routeToBpmn), JUEL or simple FEEL put on the form's fields, or why it could not be.
 */
export function flowCondition(flow: Obj, fields: readonly FormField[]): FlowConditionRead {
  const expr = isObj(flow.conditionExpression) ? flow.conditionExpression : undefined;
  if (!expr) return { kind: 'none' };
  const expression = text(expr.body)?.trim() ?? '';
  const language = text(expr.language);
  if (language === SIGNOFF_CONDITION_LANGUAGE) {
    const condition = signoffCondition(expression);
    return condition
      ? { kind: 'placed', condition, expression }
      : {
          kind: 'unplaced',
          expression,
          reason: {
            code: 'badSignoffCondition',
            zh: 'Signoff 条件的 JSON 无法读取',
            en: "the Signoff condition's JSON cannot be read",
          },
        };
  }
  if (language !== undefined && !JUEL.test(language) && !/feel/i.test(language))
    return {
      kind: 'unplaced',
      expression,
      reason: {
        code: 'language',
        zh: `不支持条件语言「${language}」：只读简单的 JUEL 表达式`,
        en: `the condition language "${language}" is not supported: only simple JUEL expressions are read`,
      },
    };
  if (expression === '')
    return {
      kind: 'unplaced',
      expression,
      reason: { code: 'emptyExpression', zh: '条件表达式是空的', en: 'the condition expression is empty' },
    };
  const read = juelCondition(expression.startsWith('=') ? feelAsJuel(expression) : expression, fields);
  return read.ok
    ? { kind: 'placed', condition: read.condition, expression }
    : { kind: 'unplaced', expression, reason: read.reason };
}
