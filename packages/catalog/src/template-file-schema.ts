import catalogSchema from './catalog.schema.json' with { type: 'json' };
import templateSchema from './template-file.schema.json' with { type: 'json' };

/**
 * JSON Schema 2020-12 of a template file and of a catalog manifest, kept as JSON files beside
 * this one so that editors can point `$schema` at them. They check the shape only: the form and
 * the route are then checked in depth by `validateModel` and `validateFlow`, whose messages name
 * the field or node at fault in both languages (an unknown field or node type among them), so a
 * new field type needs no change here.
 */
export const TEMPLATE_FILE_SCHEMA: object = templateSchema;
export const CATALOG_MANIFEST_SCHEMA: object = catalogSchema;

/** `re_leave`: also the form's key, so it follows the form key rule (letters, digits, underscores). */
export const TEMPLATE_KEY_PATTERN = templateSchema.properties.key.pattern;
