import {
  routeReferences,
  TEMPLATE_FORMAT_VERSION,
  type RequiredDepartment,
  type RequiredPosition,
  type TemplateFile,
  type TemplateRequirements,
} from '@signoff/catalog';
import { getTemplateSource, listPublishedTemplates, loadOrgSnapshot, type Queryable } from '@signoff/db';
import type { FlowDefinition, FlowNode } from '@signoff/flow';
import type { OrgSnapshot } from '@signoff/org';
import type { FormModel } from '@signoff/schema';
import { errors } from '../trpc/app-error.js';
import type { ServiceContext } from '../trpc/service-context.js';

const TEMPLATE = { zh: '模板', en: 'The template' };

/** Moves the engine's per-node `timeLimitHours` back beside the route, as the file format keeps them. */
function splitTimeLimits(flow: FlowDefinition): {
  route: FlowDefinition;
  timeLimits: Record<string, number>;
} {
  const timeLimits: Record<string, number> = {};
  const nodes = flow.nodes.map((n): FlowNode => {
    if ((n.type === 'approve' || n.type === 'handle') && n.timeLimitHours !== undefined) {
      timeLimits[n.id] = n.timeLimitHours;
      const { timeLimitHours: _moved, ...rest } = n;
      return rest;
    }
    return n;
  });
  return { route: { ...flow, nodes }, timeLimits };
}

/**
 * What the route names, described from the tenant's org (where each position sits, which seat
 * heads its department), with what the imported file said kept for anything the org lacks.
 */
function requirementsOf(
  route: FlowDefinition,
  org: OrgSnapshot,
  imported?: TemplateRequirements,
  supervisor?: string,
): TemplateRequirements {
  // the supervisor is a position the template needs too, though no step names it
  const refs = [
    ...routeReferences(route),
    ...(supervisor ? [{ kind: 'position' as const, name: supervisor, path: 'supervisor.position' }] : []),
  ];
  const deptById = new Map(org.departments.map((d) => [d.id, d]));
  const departments = new Map<string, RequiredDepartment>();
  const positions = new Map<string, RequiredPosition>();
  const addDepartment = (name: string) => {
    const d = org.departments.find((x) => x.name === name || x.code === name);
    if (!d) {
      const was = imported?.departments.find((x) => x.name === name || x.code === name);
      if (was) departments.set(was.name, was);
      return;
    }
    const parent = d.parentId ? deptById.get(d.parentId)?.name : undefined;
    if (parent) addDepartment(parent);
    departments.set(d.name, {
      name: d.name,
      ...(d.code ? { code: d.code } : {}),
      ...(parent ? { parent } : {}),
    });
  };
  for (const ref of refs) {
    if (ref.kind === 'department') addDepartment(ref.name);
    if (ref.kind !== 'position' || ref.soft || positions.has(ref.name)) continue;
    const p = org.positions.find((x) => x.name === ref.name);
    const dept = p ? deptById.get(p.departmentId) : undefined;
    if (p && dept) {
      addDepartment(dept.name);
      positions.set(p.name, { name: p.name, department: dept.name, ...(p.isHead ? { head: true } : {}) });
    } else {
      const was = imported?.positions.find((x) => x.name === ref.name);
      if (was) {
        addDepartment(was.department);
        positions.set(was.name, was);
      }
    }
  }
  // Rank conditions compare by the tenant's order, so a route that reads ranks carries the whole list.
  const usesRanks = refs.some((r) => r.kind === 'rank');
  const ranks = usesRanks ? [...org.ranks].sort((a, b) => a.order - b.order).map((r) => r.name) : [];
  return { departments: [...departments.values()], positions: [...positions.values()], ranks };
}

/**
 * A published template as a template file: the current version's form and route, requirements
 * read from the tenant's org, and, when it came from a catalog, what only the file holds (Δ
 * categories, the serial pattern, the supervisor, the seed reference). Importing the result into
 * another tenant publishes the same form and route.
 */
export async function exportTemplateIn(tx: Queryable, tenantId: string, key: string): Promise<TemplateFile> {
  const current = (await listPublishedTemplates(tx, tenantId)).find((t) => t.key === key);
  if (!current) throw errors.notFound(TEMPLATE);
  const [source, org] = await Promise.all([
    getTemplateSource(tx, tenantId, current.templateId),
    loadOrgSnapshot(tx, tenantId),
  ]);
  const imported = source?.file as TemplateFile | undefined;
  const { route, timeLimits } = splitTimeLimits(current.flow as FlowDefinition);
  // the version's own pattern, else the classic `<prefix>-YYYYMM-NNNN` every version had before patterns
  const pattern = current.serialPattern as TemplateFile['serialNumber'] | null;
  const serialNumber = pattern
    ? { prefix: pattern.prefix, dateParts: pattern.dateParts, width: pattern.width, reset: pattern.reset }
    : { prefix: current.serialPrefix, dateParts: 'YYYYMM' as const, width: 4, reset: 'monthly' as const };
  const form = current.formModel as FormModel;
  const categoryField = imported?.categories
    ? form.fields.find((f) => f.key === imported.categories?.field)
    : undefined;
  return {
    formatVersion: TEMPLATE_FORMAT_VERSION,
    key: current.key,
    title: current.title,
    ...(imported?.description ? { description: imported.description } : {}),
    ...(imported?.seed ? { seed: imported.seed } : {}),
    ...(imported?.applicant ? { applicant: imported.applicant } : {}),
    form,
    route,
    requires: requirementsOf(route, org, imported?.requires, imported?.supervisor?.position),
    ...(imported?.categories && categoryField
      ? {
          categories: {
            field: imported.categories.field,
            items: (categoryField.options ?? []).map((o) => ({
              value: o.value,
              chairman: imported.categories?.items.find((i) => i.value === o.value)?.chairman ?? false,
            })),
          },
        }
      : {}),
    serialNumber,
    ...(Object.keys(timeLimits).length > 0 ? { timeLimits } : {}),
    ...(imported?.supervisor ? { supervisor: imported.supervisor } : {}),
  };
}

/** `exportTemplateIn` in the viewer's tenant transaction. */
export function exportTemplate(ctx: ServiceContext, input: { key: string }): Promise<TemplateFile> {
  return ctx.tx((tx) => exportTemplateIn(tx, ctx.viewer.tenantId, input.key));
}
