import { createAjv } from '@signoff/schema';
import type { Localized } from '@signoff/schema';
import { joinPath, pointerToPath } from './catalog-problem.js';

export interface ShapeProblem {
  path: string;
  message: Localized;
}

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string | undefined;
}

/** Ajv's English is fine for developers; a catalog author also gets the common cases in Chinese. */
function localize(e: AjvError): { path: string; message: Localized } {
  const path = pointerToPath(e.instancePath);
  const p = e.params;
  switch (e.keyword) {
    case 'required':
      return {
        path: joinPath(path, String(p.missingProperty)),
        message: {
          zh: `缺少必填项「${String(p.missingProperty)}」`,
          en: `"${String(p.missingProperty)}" is required`,
        },
      };
    case 'additionalProperties':
      return {
        path: joinPath(path, String(p.additionalProperty)),
        message: {
          zh: `不认识的属性「${String(p.additionalProperty)}」`,
          en: `unknown property "${String(p.additionalProperty)}"`,
        },
      };
    case 'enum':
      return {
        path,
        message: {
          zh: `须为以下之一：${(p.allowedValues as unknown[]).map(String).join('、')}`,
          en: `must be one of ${(p.allowedValues as unknown[]).map(String).join(', ')}`,
        },
      };
    case 'const':
      return {
        path,
        message: {
          zh: `须为 ${JSON.stringify(p.allowedValue)}`,
          en: `must be ${JSON.stringify(p.allowedValue)}`,
        },
      };
    case 'type':
      return { path, message: { zh: `类型须为 ${String(p.type)}`, en: `must be of type ${String(p.type)}` } };
    case 'pattern':
      return {
        path,
        message: {
          zh: `格式不正确（须匹配 ${String(p.pattern)}）`,
          en: `is not well formed (must match ${String(p.pattern)})`,
        },
      };
    default:
      return {
        path,
        message: { zh: `不符合模板文件格式（${e.message ?? e.keyword}）`, en: e.message ?? e.keyword },
      };
  }
}

/**
 * A checker for one JSON Schema, compiled once. Problems come back with dotted paths; ajv reports
 * one error per failed branch, so repeats of the same path and message are folded.
 */
export function shapeChecker(schema: object): (data: unknown) => ShapeProblem[] {
  let validate: ReturnType<ReturnType<typeof createAjv>['compile']> | undefined;
  return (data) => {
    validate ??= createAjv().compile(schema);
    if (validate(data)) return [];
    const seen = new Set<string>();
    const out: ShapeProblem[] = [];
    for (const e of (validate.errors ?? []) as AjvError[]) {
      const p = localize(e);
      const id = `${p.path}\n${p.message.en}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(p);
    }
    return out;
  };
}
