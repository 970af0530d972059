import type { FormModel } from '@signoff/schema';
import { lineColumn, readJson, type JsonSpot, type JsonSyntaxCode } from './json-text';
import type { ShapeCheck, ShapeError } from './model-shape';

/** What can be wrong with the JSON view's text; each has a zh/en text under `designerJson.problem.*`. */
export type ModelTextCode =
  | 'empty'
  | `syntax.${JsonSyntaxCode}`
  | 'unknownProperty'
  | 'missingProperty'
  | 'notAllowedHere'
  | 'notOneOf'
  | 'mustBe'
  | 'wrongType'
  | 'badKey'
  | 'badDate'
  | 'badCurrency'
  | 'badFormat'
  | 'tooSmall'
  | 'tooLarge'
  | 'tooFewItems'
  | 'tooManyItems'
  | 'operandShape'
  | 'objectShape';

export interface ModelTextProblem {
  code: ModelTextCode;
  /** 1-based, as the editor shows them */
  line: number;
  column: number;
  /** where in the model, written as the problems list writes it: `fields[2].label.zh`; '' for the whole */
  path: string;
  /** the parts the message names: a property, the allowed values, a limit, a type */
  values: Record<string, string>;
}

export type ModelTextRead = { ok: true; model: FormModel } | { ok: false; problems: ModelTextProblem[] };

/** The model as the editor shows it: 2-space JSON. */
export const modelText = (model: FormModel): string => JSON.stringify(model, null, 2);

/** `/fields/2/label/zh` → `fields[2].label.zh` */
export function pointerToPath(pointer: string): string {
  if (pointer === '') return '';
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, s) => (/^\d+$/.test(s) ? `${path}[${s}]` : path === '' ? s : `${path}.${s}`), '');
}

const lastName = (pointer: string) => pointer.slice(pointer.lastIndexOf('/') + 1);
const str = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/** The wrappers (if/then, allOf) only say that a branch failed; the branch's own errors say how. */
const WRAPPERS = new Set(['if', 'allOf', 'oneOf', 'not']);

/** One problem per ajv error that says something a person can act on; `at` is where the pointer stands. */
function shapeProblem(
  e: ShapeError,
): { code: ModelTextCode; pointer: string; name?: boolean; values: Record<string, string> } | null {
  const p = e.params as Record<string, unknown>;
  const at = e.instancePath;
  const last = lastName(at);
  switch (e.keyword) {
    case 'additionalProperties':
      return {
        code: 'unknownProperty',
        pointer: `${at}/${str(p.additionalProperty)}`,
        name: true,
        values: { name: str(p.additionalProperty) },
      };
    case 'required':
      return { code: 'missingProperty', pointer: at, values: { name: str(p.missingProperty) } };
    case 'false schema':
      return { code: 'notAllowedHere', pointer: at, name: true, values: { name: last } };
    case 'enum':
      return {
        code: 'notOneOf',
        pointer: at,
        values: { allowed: (p.allowedValues as unknown[]).map(str).join(', ') },
      };
    case 'const':
      return { code: 'mustBe', pointer: at, values: { value: str(p.allowedValue) } };
    case 'type':
      // the formula literal's "number or string" is reported once, by its anyOf
      if (e.schemaPath.includes('/anyOf/')) return null;
      return { code: 'wrongType', pointer: at, values: { type: str(p.type) } };
    case 'anyOf':
      return { code: 'wrongType', pointer: at, values: { type: 'numberOrString' } };
    case 'pattern': {
      const code =
        last === 'key'
          ? 'badKey'
          : last === 'currency'
            ? 'badCurrency'
            : /date|default|^\d+$/i.test(last)
              ? 'badDate'
              : 'badFormat';
      return { code, pointer: at, values: { pattern: str(p.pattern) } };
    }
    case 'minimum':
      return { code: 'tooSmall', pointer: at, values: { limit: str(p.limit) } };
    case 'maximum':
      return { code: 'tooLarge', pointer: at, values: { limit: str(p.limit) } };
    case 'minItems':
      return { code: 'tooFewItems', pointer: at, values: { limit: str(p.limit) } };
    case 'maxItems':
      return { code: 'tooManyItems', pointer: at, values: { limit: str(p.limit) } };
    case 'minProperties':
    case 'maxProperties':
      return {
        code: /^(left|right|operand)$/.test(last) ? 'operandShape' : 'objectShape',
        pointer: at,
        values: {},
      };
    default:
      return WRAPPERS.has(e.keyword) ? null : { code: 'objectShape', pointer: at, values: {} };
  }
}

function place(
  text: string,
  spots: ReadonlyMap<string, JsonSpot>,
  pointer: string,
  name: boolean | undefined,
) {
  // a pointer that names nothing in the text (a missing member) falls back to its nearest parent
  let at = pointer;
  let spot = spots.get(at);
  while (!spot && at !== '') {
    at = at.slice(0, at.lastIndexOf('/'));
    spot = spots.get(at);
  }
  const offset = (name ? spot?.nameOffset : undefined) ?? spot?.offset ?? 0;
  return { offset, ...lineColumn(text, offset) };
}

/**
 * Reads the JSON view's text: a model when it parses and fits the form model's schema, else every
 * problem with its line and column, in the order they stand in the text. What only the whole model
 * can tell (a duplicate key, a rule on a missing field) is not checked here: such a model is taken,
 * and `validateModel` lists it in the designer's problems.
 */
export function readModelText(text: string, checkShape: ShapeCheck): ModelTextRead {
  if (text.trim() === '')
    return { ok: false, problems: [{ code: 'empty', line: 1, column: 1, path: '', values: {} }] };
  const read = readJson(text);
  if (!read.ok) {
    const { code, offset, found } = read.error;
    const at = lineColumn(text, offset);
    return {
      ok: false,
      problems: [{ code: `syntax.${code}`, ...at, path: '', values: found === undefined ? {} : { found } }],
    };
  }
  const errors = checkShape(read.value);
  if (errors.length === 0) return { ok: true, model: read.value as FormModel };
  const seen = new Set<string>();
  const problems: (ModelTextProblem & { offset: number })[] = [];
  for (const e of errors) {
    const p = shapeProblem(e);
    if (!p) continue;
    const id = `${p.pointer} ${p.code} ${JSON.stringify(p.values)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const { offset, line, column } = place(text, read.spots, p.pointer, p.name);
    problems.push({ code: p.code, line, column, offset, path: pointerToPath(p.pointer), values: p.values });
  }
  // every error a wrapper's (not expected): still refused, pointed at the top
  if (problems.length === 0)
    problems.push({ code: 'objectShape', line: 1, column: 1, offset: 0, path: '', values: {} });
  problems.sort((a, b) => a.offset - b.offset);
  return { ok: false, problems: problems.map(({ offset: _offset, ...rest }) => rest) };
}
