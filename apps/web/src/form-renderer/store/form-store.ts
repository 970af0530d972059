import {
  evaluateFormulas,
  hiddenFields,
  type ApplicantFacts,
  type FormModel,
  type JsonSchema,
  type Localized,
  type SubmissionValidator,
  type UiSchema,
} from '@signoff/schema';
import type { FieldErrorData } from '../../api/app-error';
import { cleanValue, isBlank, isObj } from './clean-value';
import { cellId, parseErrorPath } from './error-path';
import { buildFieldGraph } from './field-graph';
import { sameSnapshot, type FieldAccess, type FieldSnapshot, type FormSummary } from './field-snapshot';
import { mergeRows } from './merge-rows';
import { loadedValidatorFactory, loadValidatorFactory } from './validator-loader';
import { startingRows } from '../widgets/table/table-rows';

export interface FormStoreOptions {
  model: FormModel;
  schema: JsonSchema;
  uiSchema: UiSchema;
  /** the values to start from (a draft, a submitted request); without it the schema's defaults */
  initial?: Record<string, unknown>;
  /** the step's field permissions; without it every field is editable (filling) */
  access?: Record<string, FieldAccess>;
  /** who fills the form, for visibility rules that read the applicant (the server knows them) */
  applicant?: ApplicantFacts;
  ranks?: string[];
}

export interface FormStore {
  readonly model: FormModel;
  readonly schema: JsonSchema;
  readonly uiSchema: UiSchema;
  get(key: string): unknown;
  field(key: string): FieldSnapshot;
  set(key: string, value: unknown): void;
  subscribe(key: string, listener: () => void): () => void;
  /** what to submit: cleaned, hidden fields left out, computed fields included */
  values(): Record<string, unknown>;
  /** everything typed so far, hidden fields included (what a draft keeps) */
  data(): Record<string, unknown>;
  /**
   * checks every field as the server will and shows the errors on their fields; `leftover` are those
   * no drawn field can show. Call once `ready()` resolved: before, nothing is checked here (the server still checks).
   */
  validate(): { ok: boolean; errors: FieldErrorData[]; leftover: FieldErrorData[] };
  /** checks one field (on blur) and shows or clears its error */
  validateField(key: string): void;
  /** shows the server's field errors on their fields; returns those no drawn field can show */
  applyServerErrors(fieldErrors: readonly FieldErrorData[]): FieldErrorData[];
  /** the editable fields that differ from the initial values (what an approver sends) */
  changedEditable(): Record<string, unknown>;
  onAnyChange(listener: (key: string) => void): () => void;
  summary(): FormSummary;
  subscribeSummary(listener: () => void): () => void;
  /** the first field (in display order) that shows an error */
  firstErrorKey(): string | undefined;
  /** loads and compiles the validator ahead of the first blur; `validate` waits for nothing once this resolved */
  ready(): Promise<void>;
}

const READ_ONLY_WIDGETS: ReadonlySet<string> = new Set(['computed', 'serialNumber', 'description']);
const json = (v: unknown): string => JSON.stringify(cleanValue(v)) ?? '';

export function createFormStore(opts: FormStoreOptions): FormStore {
  const { model, schema, uiSchema } = opts;
  const ctx = {
    ...(opts.applicant ? { applicant: opts.applicant } : {}),
    ...(opts.ranks ? { ranks: opts.ranks } : {}),
  };
  const graph = buildFieldGraph(model);
  const order = uiSchema.order.filter((k) => uiSchema.fields[k]);
  const position = new Map(order.map((k, i) => [k, i]));
  const isTable = (key: string) => uiSchema.fields[key]?.widget === 'table';

  const start: Record<string, unknown> = {};
  if (!opts.initial) {
    for (const [key, prop] of Object.entries(schema.properties ?? {}))
      if (prop.default !== undefined) start[key] = prop.default;
    // a table that needs rows opens with that many empty ones to fill in; the model's minRows, not the
    // schema's minItems, which every required table has
    for (const f of model.fields)
      if (f.type === 'table' && start[f.key] === undefined)
        start[f.key] = startingRows(f.minRows, schema.properties?.[f.key]);
  }
  const data: Record<string, unknown> = { ...start, ...opts.initial };
  const initialJson = new Map(order.map((k) => [k, json(data[k])]));
  Object.assign(data, computedPart(evaluateFormulas(model, data, ctx)));
  let hidden = new Set(hiddenFields(model, data, ctx));

  const errors = new Map<string, Localized>();
  const cellErrors = new Map<string, Record<string, Localized>>();
  const snapshots = new Map<string, FieldSnapshot>();
  const listeners = new Map<string, Set<() => void>>();
  const anyListeners = new Set<(key: string) => void>();
  const summaryListeners = new Set<() => void>();
  let validator: SubmissionValidator | null | undefined;

  function computedPart(out: Record<string, unknown>): Record<string, unknown> {
    const part: Record<string, unknown> = {};
    for (const f of model.fields) {
      if (f.type === 'computed') part[f.key] = out[f.key];
      else if (graph.selfComputing.has(f.key)) part[f.key] = mergeRows(data[f.key], out[f.key]);
    }
    return part;
  }

  const accessOf = (key: string): FieldAccess => {
    const f = uiSchema.fields[key];
    if (!f) return 'hidden';
    const given = opts.access?.[key] ?? (f.hidden ? 'hidden' : opts.access ? 'read' : 'edit');
    return given === 'edit' && (f.readOnly || READ_ONLY_WIDGETS.has(f.widget)) ? 'read' : given;
  };
  const access = new Map(order.map((k) => [k, accessOf(k)]));
  const shown = (key: string) => access.get(key) !== 'hidden' && !hidden.has(key);

  function isMissing(key: string): boolean {
    const f = uiSchema.fields[key];
    if (!f || !shown(key) || access.get(key) !== 'edit') return false;
    const value = data[key];
    if (f.required && isBlank(value)) return true;
    if (f.widget !== 'table' || !Array.isArray(value)) return false;
    const needed = (f.columns ?? []).filter(
      (c) => c.required && !c.readOnly && !READ_ONLY_WIDGETS.has(c.widget),
    );
    return value.some((row) => needed.some((c) => isBlank(isObj(row) ? row[c.key] : undefined)));
  }
  const missing = new Set(order.filter(isMissing));
  let summary: FormSummary | undefined;

  function makeSnapshot(key: string): FieldSnapshot {
    const a = access.get(key) ?? 'hidden';
    const visible = shown(key);
    return {
      value: data[key],
      visible,
      access: a,
      required: visible && a === 'edit' && uiSchema.fields[key]?.required === true,
      error: errors.get(key),
      cellErrors: cellErrors.get(key),
    };
  }

  /** Rebuilds the snapshots of these keys; returns the ones that really changed. */
  function refresh(keys: Iterable<string>): string[] {
    const changed: string[] = [];
    let summaryChanged = false;
    for (const key of keys) {
      if (!uiSchema.fields[key]) continue;
      const before = snapshots.get(key);
      const next = makeSnapshot(key);
      if (!before || !sameSnapshot(before, next)) {
        snapshots.set(key, next);
        changed.push(key);
      }
      const m = isMissing(key);
      if (m !== missing.has(key)) {
        if (m) missing.add(key);
        else missing.delete(key);
        summaryChanged = true;
      }
      if (before && before.error !== next.error) summaryChanged = true;
      if (before && before.cellErrors !== next.cellErrors) summaryChanged = true;
    }
    for (const key of changed) listeners.get(key)?.forEach((fn) => fn());
    if (summaryChanged) {
      summary = undefined;
      summaryListeners.forEach((fn) => fn());
    }
    return changed;
  }

  function values(): Record<string, unknown> {
    const full = evaluateFormulas(model, data, ctx);
    const out: Record<string, unknown> = {};
    for (const key of order) {
      const f = uiSchema.fields[key];
      if (!f || f.widget === 'description' || f.widget === 'serialNumber' || !shown(key)) continue;
      const v = cleanValue(full[key]);
      if (v !== undefined) out[key] = v;
    }
    return out;
  }

  /** The compiled validator, null for a schema it cannot compile, undefined while its code is still loading. */
  function currentValidator(): SubmissionValidator | null | undefined {
    if (validator !== undefined) return validator;
    const create = loadedValidatorFactory();
    if (!create) return undefined;
    try {
      validator = create(schema);
    } catch {
      // a broken published schema is the publisher's fault; the server says so on submit
      validator = null;
    }
    return validator;
  }

  const ready = (): Promise<void> => loadValidatorFactory().then(() => void currentValidator());

  function runValidator(): FieldErrorData[] {
    const validator = currentValidator();
    if (!validator) return [];
    const result = validator(values(), ctx);
    return result.ok ? [] : result.errors.map((e) => ({ path: e.path, message: e.message }));
  }

  /** Puts errors on fields; `only` limits which fields are touched. Returns the ones no drawn field can show. */
  function showErrors(list: readonly FieldErrorData[], only?: ReadonlySet<string>): FieldErrorData[] {
    const keys = only ?? new Set(order);
    const leftover: FieldErrorData[] = [];
    const fieldErr = new Map<string, Localized>();
    const cellErr = new Map<string, Record<string, Localized>>();
    for (const fe of list) {
      const target = parseErrorPath(fe.path, isTable);
      if (!target || !uiSchema.fields[target.key] || !shown(target.key)) {
        leftover.push(fe);
        continue;
      }
      if (!keys.has(target.key)) continue;
      if (target.row !== undefined && target.column !== undefined) {
        const cells = cellErr.get(target.key) ?? {};
        cells[cellId(target.row, target.column)] ??= fe.message;
        cellErr.set(target.key, cells);
      } else if (!fieldErr.has(target.key)) {
        fieldErr.set(target.key, fe.message);
      }
    }
    for (const key of keys) {
      const e = fieldErr.get(key);
      if (e) errors.set(key, e);
      else errors.delete(key);
      const c = cellErr.get(key);
      if (c) cellErrors.set(key, c);
      else cellErrors.delete(key);
    }
    refresh(keys);
    return leftover;
  }

  const hasError = (key: string) => errors.has(key) || cellErrors.has(key);

  function set(key: string, value: unknown): void {
    if (!uiSchema.fields[key] || Object.is(data[key], value)) return;
    data[key] = value;
    const touched = new Set([key]);
    const dependents = graph.dependentsOf(key);
    if (dependents.length > 0) {
      const computed = computedPart(evaluateFormulas(model, data, ctx));
      for (const d of dependents) {
        if (d in computed && !Object.is(computed[d], data[d])) {
          data[d] = computed[d];
          touched.add(d);
        }
      }
      if (graph.affectsVisibility(key)) {
        const next = new Set(hiddenFields(model, data, ctx));
        for (const k of new Set([...hidden, ...next])) if (hidden.has(k) !== next.has(k)) touched.add(k);
        hidden = next;
      }
    }
    // an error on screen follows the value as it is corrected
    const showing = [...touched].filter(hasError);
    if (showing.length > 0 && currentValidator() !== undefined) showErrors(runValidator(), new Set(showing));
    refresh(touched);
    anyListeners.forEach((fn) => fn(key));
  }

  return {
    model,
    schema,
    uiSchema,
    get: (key) => data[key],
    field(key) {
      let snap = snapshots.get(key);
      if (!snap) snapshots.set(key, (snap = makeSnapshot(key)));
      return snap;
    },
    set,
    subscribe(key, listener) {
      let set = listeners.get(key);
      if (!set) listeners.set(key, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
    values,
    data: () => {
      const out: Record<string, unknown> = {};
      for (const key of order)
        if (data[key] !== undefined && access.get(key) === 'edit') out[key] = data[key];
      return out;
    },
    validate() {
      const all = runValidator().filter((e) => {
        const t = parseErrorPath(e.path, isTable);
        // the server keeps what this step may not see; nobody here can check or fix it
        return !t || access.get(t.key) !== 'hidden';
      });
      const leftover = showErrors(all);
      return { ok: all.length === 0, errors: all, leftover };
    },
    validateField(key) {
      if (!uiSchema.fields[key]) return;
      if (currentValidator() === undefined)
        void ready().then(() => showErrors(runValidator(), new Set([key])));
      else showErrors(runValidator(), new Set([key]));
    },
    applyServerErrors: (fieldErrors) => showErrors(fieldErrors),
    changedEditable() {
      const out: Record<string, unknown> = {};
      for (const key of order) {
        if (access.get(key) !== 'edit' || !shown(key) || json(data[key]) === initialJson.get(key)) continue;
        const v = cleanValue(data[key]);
        if (v !== undefined) out[key] = v;
      }
      return out;
    },
    onAnyChange(listener) {
      anyListeners.add(listener);
      return () => anyListeners.delete(listener);
    },
    summary() {
      summary ??= {
        missing: [...missing].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0)),
        errorCount: order.filter(hasError).length,
      };
      return summary;
    },
    subscribeSummary(listener) {
      summaryListeners.add(listener);
      return () => summaryListeners.delete(listener);
    },
    firstErrorKey: () => order.find(hasError),
    ready,
  };
}
