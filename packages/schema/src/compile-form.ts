import type { FormModel } from './form-model.js';
import { JSON_SCHEMA_DIALECT, type JsonSchema } from './json-schema.js';
import type { UiField, UiSchema } from './ui-schema.js';
import { objectSchema } from './field-schema.js';
import { uiField } from './ui-field.js';
import { validateModel } from './validate-model.js';
import { SchemaError } from './schema-error.js';
import { showValue } from './show-value.js';

export interface CompiledForm {
  schema: JsonSchema;
  uiSchema: UiSchema;
}

/**
 * Compiles a designer model into the data contract (JSON Schema 2020-12) and the drawing
 * instructions (UI schema). Pure and deterministic: the same model always gives byte-identical
 * JSON, so a published version can be compared or hashed. Refuses a model `validateModel` rejects,
 * because a schema built from a broken model would accept or refuse the wrong data.
 */
export function compileForm(model: FormModel): CompiledForm {
  const problems = validateModel(model);
  if (problems.length > 0) {
    // The model may be anything here (it failed validation), so its name is read with care.
    const m = (typeof model === 'object' && model !== null ? model : {}) as Partial<FormModel>;
    const name = (lang: 'zh' | 'en') => showValue(m.title?.[lang] ?? m.key ?? '');
    throw new SchemaError(
      'invalid_model',
      'schema.invalidModel',
      {
        zh: `表单「${name('zh')}」有 ${problems.length} 处错误，无法生成`,
        en: `The form "${name('en')}" has ${problems.length} problem(s) and cannot be compiled`,
      },
      problems.map((p) => ({ path: p.path, message: p.message })),
    );
  }

  const schema: JsonSchema = {
    $schema: JSON_SCHEMA_DIALECT,
    title: model.title.en,
    'x-label': { zh: model.title.zh, en: model.title.en },
    ...objectSchema(model.fields),
  };
  const fields: Record<string, UiField> = {};
  for (const field of model.fields) fields[field.key] = uiField(field);
  const uiSchema: UiSchema = {
    formKey: model.key,
    title: { zh: model.title.zh, en: model.title.en },
    order: model.fields.map((f) => f.key),
    fields,
  };
  return { schema, uiSchema };
}
