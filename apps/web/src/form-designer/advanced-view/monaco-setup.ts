// Monaco for the JSON view: the editor API and only the parts this view uses, bundled by Vite from the
// npm package — never from a CDN, since the machines may be offline. Imported only by the lazily
// loaded editor component, so no other page (and no other part of the designer) carries it.
//
// monaco-editor 0.56+ has tree-shakeable entry points (`monaco-editor/editor`, `…/features/*/register`,
// `…/languages/features/json/register`); its per-feature `register` files still miss a few modules
// the full build imports (the suggest widget's controller, the core commands), so those are named here.
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/editor/browser/coreCommands';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/editor/contrib/snippet/browser/snippetController2';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/format/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/codicon/register';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
// `?worker`: Vite bundles each worker as a file of its own beside the app
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import { JSON_SCHEMA_DIALECT, type ModelJsonSchema } from '@signoff/schema';

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};

/** Where the form model's schema is registered; the model editor's document matches it by its URI. */
const MODEL_SCHEMA_URI = 'signoff://schemas/form-model.json';

/**
 * Gives the JSON language the schema of the form model for the document at `modelUri`: completion,
 * hover texts and error squiggles come from it. Schemas are never fetched (offline); the compiled
 * form's `$schema` names the 2020-12 meta-schema, registered here as an open one so that the
 * read-only side shows no "unable to load schema" warning.
 */
export function setModelSchema(modelUri: string, schema: ModelJsonSchema): void {
  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    enableSchemaRequest: false,
    schemaValidation: 'error',
    trailingCommas: 'error',
    comments: 'error',
    schemas: [
      { uri: MODEL_SCHEMA_URI, fileMatch: [modelUri], schema },
      { uri: JSON_SCHEMA_DIALECT, schema: { type: 'object' } },
    ],
  });
}

export { monaco };
