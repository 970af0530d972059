import {
  fieldAccess,
  type FieldPermission,
  type FlowDefinition,
  type InstanceState,
  type TaskState,
} from '@signoff/flow';
import type { FormModel, JsonSchema, UiSchema } from '@signoff/schema';

/** Who looks at the form, as far as field permissions care. */
export interface FormViewer {
  userId: string;
  applicant: boolean;
  admin: boolean;
  supervisor: boolean;
  /** the viewer's open task (`openTaskOf`), whose step decides what they may edit */
  openTask: TaskState | undefined;
}

/**
 * What the viewer may do with each field. With an open approve or handle task, the step's field
 * permissions decide (a CC may read at most); the applicant, admins and supervisors never lose
 * sight of a field, and without an open task they read everything. Anyone else who took part
 * reads the fields some step of theirs showed them.
 */
export function viewerFieldAccess(
  def: FlowDefinition,
  model: FormModel,
  state: InstanceState,
  viewer: FormViewer,
): Record<string, FieldPermission> {
  const seesAll = viewer.applicant || viewer.admin || viewer.supervisor;
  const access: Record<string, FieldPermission> = {};
  const task = viewer.openTask;
  const myNodes = [
    ...new Set(state.tasks.filter((t) => t.assigneeId === viewer.userId).map((t) => t.nodeId)),
  ];
  for (const { key } of model.fields) {
    if (task) {
      const level = fieldAccess(def, task.nodeId, key);
      access[key] =
        task.kind === 'notify' && level === 'edit' ? 'read' : seesAll && level === 'hidden' ? 'read' : level;
    } else if (seesAll || myNodes.length === 0) {
      access[key] = 'read';
    } else {
      access[key] = myNodes.some((n) => fieldAccess(def, n, key) !== 'hidden') ? 'read' : 'hidden';
    }
  }
  return access;
}

export interface VisibleForm {
  model: FormModel;
  schema: JsonSchema;
  uiSchema: UiSchema;
  data: Record<string, unknown>;
}

/**
 * The form as the viewer may see it: hidden fields leave the model, the UI schema, the JSON
 * Schema (so a client validating an approver's edits does not ask for a field it cannot show)
 * and the data. A serial-number field shows the request's number, which the server assigned.
 */
export function visibleForm(
  form: VisibleForm,
  access: Readonly<Record<string, FieldPermission>>,
  serialNo: string,
): VisibleForm {
  const visible = (key: string) => access[key] !== undefined && access[key] !== 'hidden';
  const model: FormModel = { ...form.model, fields: form.model.fields.filter((f) => visible(f.key)) };
  const data = Object.fromEntries(Object.entries(form.data).filter(([k]) => visible(k)));
  for (const f of model.fields) if (f.type === 'serialNumber') data[f.key] = serialNo;
  const uiSchema: UiSchema = {
    ...form.uiSchema,
    order: form.uiSchema.order.filter(visible),
    fields: Object.fromEntries(Object.entries(form.uiSchema.fields).filter(([k]) => visible(k))),
  };
  const schema: JsonSchema = {
    ...form.schema,
    properties: Object.fromEntries(Object.entries(form.schema.properties ?? {}).filter(([k]) => visible(k))),
    ...(form.schema.required ? { required: form.schema.required.filter(visible) } : {}),
  };
  return { model, schema, uiSchema, data };
}
