import { checkSerialPattern, validateFlow, type FlowDefinition } from '@signoff/flow';
import { validateModel, type FormField } from '@signoff/schema';
import type { Localized } from '@signoff/schema';
import { joinPath, type CatalogProblem } from './catalog-problem.js';
import { routeReferences } from './route-references.js';
import { shapeChecker } from './schema-problems.js';
import { TEMPLATE_FILE_SCHEMA } from './template-file-schema.js';
import type { TemplateFile } from './template-file.js';

const checkShape = shapeChecker(TEMPLATE_FILE_SCHEMA);

const CATEGORY_TYPES = new Set(['select', 'radio', 'multiSelect', 'checkbox']);
const TIMED_NODES = new Set(['approve', 'handle']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Everything wrong with one template file, each problem naming the file and the JSON path:
 * its shape (JSON Schema), its form (`validateModel`), its route (`validateFlow`, conditions
 * type-checked against the form and the ranks it declares), and that the file agrees with itself:
 * every position, department and rank the route uses is declared in `requires`, the category list
 * matches the form's options, time limits name approve or handle nodes. Empty means importable.
 */
export function checkTemplateFile(data: unknown, file: string): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const add = (path: string, message: Localized) => problems.push({ file, path, message });

  const shape = checkShape(data);
  if (!isObj(data)) {
    for (const p of shape) add(p.path, p.message);
    return problems;
  }

  // The form and the route get their own checkers, whose messages say more than the schema's.
  const deep: CatalogProblem[] = [];
  for (const p of validateModel(data.form))
    deep.push({ file, path: joinPath('form', p.path), message: p.message });
  const fields = isObj(data.form) && Array.isArray(data.form.fields) ? (data.form.fields as FormField[]) : [];
  const requires = isObj(data.requires) ? data.requires : {};
  const ranks = Array.isArray(requires.ranks)
    ? requires.ranks.filter((r): r is string => typeof r === 'string')
    : [];
  if (isObj(data.route)) {
    const nodes = Array.isArray(data.route.nodes) ? (data.route.nodes as unknown[]) : [];
    const nodeIndex = (id: string | undefined) => nodes.findIndex((n) => isObj(n) && n.id === id);
    for (const p of validateFlow(data.route as unknown as FlowDefinition, { fields, ranks })) {
      const i = nodeIndex(p.nodeId);
      const path = p.path ?? (i >= 0 ? `nodes[${i}]` : '');
      deep.push({ file, path: joinPath('route', path), message: p.message });
    }
  }
  const deepPaths = new Set(deep.map((p) => p.path));
  for (const p of shape) if (!deepPaths.has(p.path)) add(p.path, p.message);
  problems.push(...deep);
  if (shape.length > 0) return problems;

  const t = data as unknown as TemplateFile;
  checkKeys(t, add);
  checkRequirements(t, add);
  checkCategories(t, add);
  checkTimeLimits(t, add);
  for (const p of checkSerialPattern(t.serialNumber)) add(joinPath('serialNumber', p.path ?? ''), p.message);
  return problems;
}

type Add = (path: string, message: Localized) => void;

function checkKeys(t: TemplateFile, add: Add): void {
  if (t.form.key !== t.key)
    add('form.key', {
      zh: `表单标识须与模板标识「${t.key}」相同`,
      en: `The form key must equal the template key "${t.key}"`,
    });
  if (t.route.key !== t.key)
    add('route.key', {
      zh: `流程标识须与模板标识「${t.key}」相同`,
      en: `The route key must equal the template key "${t.key}"`,
    });
}

function checkRequirements(t: TemplateFile, add: Add): void {
  const depts = t.requires.departments;
  const deptNames = new Set(depts.flatMap((d) => (d.code ? [d.name, d.code] : [d.name])));
  const positions = new Set(t.requires.positions.map((p) => p.name));
  const ranks = new Set(t.requires.ranks);

  const seen = new Map<string, number>();
  depts.forEach((d, i) => {
    if (seen.has(d.name))
      add(`requires.departments[${i}].name`, {
        zh: `部门「${d.name}」重复列出`,
        en: `The department "${d.name}" is listed twice`,
      });
    seen.set(d.name, i);
    if (d.parent !== undefined && !deptNames.has(d.parent)) {
      add(`requires.departments[${i}].parent`, {
        zh: `上级部门「${d.parent}」未在 requires.departments 中列出`,
        en: `The parent department "${d.parent}" is not listed in requires.departments`,
      });
    }
  });
  const seenPositions = new Set<string>();
  t.requires.positions.forEach((p, i) => {
    if (seenPositions.has(p.name))
      add(`requires.positions[${i}].name`, {
        zh: `岗位「${p.name}」重复列出`,
        en: `The position "${p.name}" is listed twice`,
      });
    seenPositions.add(p.name);
    if (!deptNames.has(p.department)) {
      add(`requires.positions[${i}].department`, {
        zh: `岗位「${p.name}」所在部门「${p.department}」未在 requires.departments 中列出`,
        en: `The department "${p.department}" of position "${p.name}" is not listed in requires.departments`,
      });
    }
  });

  for (const ref of routeReferences(t.route)) {
    if (ref.soft) continue;
    if (ref.kind === 'position' && !positions.has(ref.name)) {
      add(ref.path, {
        zh: `流程用到岗位「${ref.name}」，但 requires.positions 中没有它`,
        en: `The route uses the position "${ref.name}", which requires.positions does not list`,
      });
    } else if (ref.kind === 'department' && !deptNames.has(ref.name)) {
      add(ref.path, {
        zh: `流程用到部门「${ref.name}」，但 requires.departments 中没有它`,
        en: `The route uses the department "${ref.name}", which requires.departments does not list`,
      });
    } else if (ref.kind === 'rank' && !ranks.has(ref.name)) {
      add(ref.path, {
        zh: `流程用到职级「${ref.name}」，但 requires.ranks 中没有它`,
        en: `The route uses the rank "${ref.name}", which requires.ranks does not list`,
      });
    }
  }
  if (t.supervisor && !positions.has(t.supervisor.position)) {
    add('supervisor.position', {
      zh: `督办岗位「${t.supervisor.position}」未在 requires.positions 中列出`,
      en: `The supervisor position "${t.supervisor.position}" is not listed in requires.positions`,
    });
  }
}

function checkCategories(t: TemplateFile, add: Add): void {
  if (!t.categories) return;
  const field = t.form.fields.find((f) => f.key === t.categories?.field);
  if (!field || !CATEGORY_TYPES.has(field.type)) {
    add('categories.field', {
      zh: `表单中没有可作内容分类的选择字段「${t.categories.field}」`,
      en: `The form has no choice field "${t.categories.field}" to hold the category`,
    });
    return;
  }
  const options = new Set((field.options ?? []).map((o) => o.value));
  const items = new Set<string>();
  t.categories.items.forEach((item, i) => {
    if (items.has(item.value))
      add(`categories.items[${i}].value`, {
        zh: `分类「${item.value}」重复`,
        en: `The category "${item.value}" is listed twice`,
      });
    items.add(item.value);
    if (!options.has(item.value)) {
      add(`categories.items[${i}].value`, {
        zh: `分类「${item.value}」不是字段「${field.label.zh}」的选项`,
        en: `The category "${item.value}" is not an option of the field "${field.label.en}"`,
      });
    }
  });
  for (const o of field.options ?? []) {
    if (!items.has(o.value))
      add('categories.items', {
        zh: `字段「${field.label.zh}」的选项「${o.value}」未在分类中列出`,
        en: `The option "${o.value}" of "${field.label.en}" is missing from the categories`,
      });
  }
}

function checkTimeLimits(t: TemplateFile, add: Add): void {
  for (const id of Object.keys(t.timeLimits ?? {})) {
    const node = t.route.nodes.find((n) => n.id === id);
    if (!node || !TIMED_NODES.has(node.type)) {
      add(`timeLimits.${id}`, {
        zh: `时限指向的「${id}」不是审批或办理节点`,
        en: `The time limit names "${id}", which is not an approve or handle node`,
      });
    }
  }
}
