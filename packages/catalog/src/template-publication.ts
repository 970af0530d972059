import type { FlowDefinition, FlowNode } from '@signoff/flow';
import { compileForm, stableHash, type FormModel, type JsonSchema, type UiSchema } from '@signoff/schema';
import type { TemplateFile } from './template-file.js';

/** What a template file publishes as a template version. */
export interface Publication {
  key: string;
  title: TemplateFile['title'];
  serialPrefix: string;
  formModel: FormModel;
  formSchema: JsonSchema;
  uiSchema: UiSchema;
  flow: FlowDefinition;
  /** the engine's serial pattern (same shape as the file's `serialNumber`) */
  serialPattern: TemplateFile['serialNumber'];
}

/** A fingerprint of the file's content; `$schema` is a hint for editors, not content. */
export function templateContentHash(file: TemplateFile): string {
  const { $schema: _ignored, ...content } = file;
  return stableHash(content);
}

/**
 * The route as the engine runs it: the file keeps time limits beside the route (one place to
 * read them all), the engine reads them on the nodes.
 */
export function routeWithTimeLimits(file: TemplateFile): FlowDefinition {
  const limits = file.timeLimits ?? {};
  const nodes = file.route.nodes.map((n): FlowNode => {
    const hours = limits[n.id];
    return hours !== undefined && (n.type === 'approve' || n.type === 'handle')
      ? { ...n, timeLimitHours: hours }
      : n;
  });
  return { ...file.route, nodes };
}

/** Compiles the form and binds the time limits. The file must have passed `checkTemplateFile`. */
export function publicationOf(file: TemplateFile): Publication {
  const { schema, uiSchema } = compileForm(file.form);
  return {
    key: file.key,
    title: file.title,
    serialPrefix: file.serialNumber.prefix,
    formModel: file.form,
    formSchema: schema,
    uiSchema,
    flow: routeWithTimeLimits(file),
    serialPattern: file.serialNumber,
  };
}

/** What makes two published versions the same to a user: title, serial number, form and route. */
export function publishedContentHash(p: {
  title: unknown;
  serialPrefix: string;
  serialPattern: unknown;
  formModel: unknown;
  flow: unknown;
}): string {
  return stableHash({
    title: p.title,
    serialPrefix: p.serialPrefix,
    serialPattern: p.serialPattern ?? null,
    formModel: p.formModel,
    flow: p.flow,
  });
}
