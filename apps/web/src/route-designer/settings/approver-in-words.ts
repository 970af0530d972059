import type { FormField, Locale } from '@signoff/schema';
import { fill } from '../../form-designer/designer.i18n';
import type { RouteOrg } from './route-org';
import type { ApproverExpression } from './route-types';
import { settingsStrings } from './settings.i18n';

export interface ApproverWordsContext {
  fields: readonly FormField[];
  /** when given, names the org does not have are marked as problems, and a named person reads by name */
  org?: RouteOrg | undefined;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Stored routes are JSON; absurd nesting must not blow the stack (the checker stops at 16 as well). */
const MAX_DEPTH = 16;

/** The field the resolver reads a category from when the expression names none. */
const DEFAULT_CATEGORY_FIELD = 'category';

/**
 * A virtual position in words, as an information officer says it: "申请人的部门负责人（上一级）",
 * "分管领导（按 内容分类）", "职位「董事长」" / "Position "董事长"". Fields read as their labels. With
 * the org, a position, department or person it does not have is shown as written with a ⚠ marker.
 * Total: a malformed expression (from the JSON view) reads as "an unrecognised approver".
 */
export function approverInWords(expr: ApproverExpression, ctx: ApproverWordsContext, lang: Locale): string {
  return describe(expr, ctx, lang, 0);
}

/** A named person: the route breaks when they leave or change jobs, so the designer warns. */
export function isFragileApprover(expr: ApproverExpression): boolean {
  return expr.kind === 'user' || (expr.kind === 'union' && expr.of.some(isFragileApprover));
}

function describe(raw: unknown, ctx: ApproverWordsContext, lang: Locale, depth: number): string {
  const w = settingsStrings[lang].words;
  if (!isObj(raw) || depth > MAX_DEPTH) return w.unknown;
  const { org } = ctx;
  const mark = (missing: boolean, marker: string) => (missing ? marker : '');
  switch (raw.kind) {
    case 'deptHead': {
      const level = typeof raw.level === 'number' ? raw.level : 1;
      if (level <= 1) return w.deptHead;
      const n = w.levelNames[level - 1] ?? String(level - 1);
      return w.deptHead + fill(w.levelsUp, { n });
    }
    case 'supervisingLeader': {
      if (raw.by !== 'category') return w.supervisorByDepartment;
      const key = text(raw.field) || DEFAULT_CATEGORY_FIELD;
      const field = ctx.fields.find((f) => f.key === key);
      return (
        fill(w.supervisorByField, { field: field ? label(field, lang) : key }) + mark(!field, w.missing.field)
      );
    }
    case 'position': {
      const name = text(raw.name);
      const missing = org !== undefined && !org.positions.some((p) => p.name === name);
      return fill(w.position, { name }) + mark(missing, w.missing.position);
    }
    case 'departmentHead': {
      const name = text(raw.name);
      const missing = org !== undefined && !org.departments.some((d) => d.name === name);
      return fill(w.departmentHead, { name }) + mark(missing, w.missing.department);
    }
    case 'role': {
      const name = text(raw.name);
      const missing = org !== undefined && !org.users.some((u) => u.active && u.roles.includes(name));
      return fill(w.role, { name }) + mark(missing, w.missing.role);
    }
    case 'user': {
      const id = text(raw.id);
      const user = org?.users.find((u) => u.id === id);
      const name = user?.name ?? id;
      if (org === undefined) return fill(w.user, { name });
      if (!user) return fill(w.user, { name }) + w.missing.user;
      return fill(w.user, { name }) + mark(!user.active || user.leftAt !== null, w.missing.userLeft);
    }
    case 'formUser': {
      const key = text(raw.field);
      const field = ctx.fields.find((f) => f.key === key);
      return fill(w.formUser, { field: field ? label(field, lang) : key }) + mark(!field, w.missing.field);
    }
    case 'chosenBySubmitter':
      return w.chosenBySubmitter;
    case 'union': {
      const parts = Array.isArray(raw.of) ? (raw.of as unknown[]) : [];
      if (parts.length === 0) return w.unknown;
      return parts.map((p) => describe(p, ctx, lang, depth + 1)).join(w.and);
    }
    default:
      return w.unknown;
  }
}

const label = (f: FormField, lang: Locale): string => f.label[lang] || f.label.zh || f.key;
