/**
 * Type generation, kept out of the main entry: json-schema-to-typescript brings prettier and
 * Node-only modules that the browser bundle must not load. Import from `@signoff/schema/typegen`.
 */
export { formSchemaOf, generateFormTypes, isFormModel, pascalCase, type FormTypesOptions } from './generate-form-types.js';
