import type { Localized } from '@signoff/schema';

export type WordsLocale = keyof Localized;

/** What the words can look up; every part optional, so the server can say a route without the org. */
export interface ApproverWordsContext {
  /** the form's fields, so a field reads by its label; a key not listed reads as written */
  fields?: readonly { key: string; label: Localized }[];
  /**
   * When given, names the org does not have are marked with ⚠ and a named person reads by name.
   * Without it nothing can be judged, so nothing is marked.
   */
  org?: {
    positions: readonly { name: string }[];
    departments: readonly { name: string }[];
    users: readonly {
      id: string;
      name: string;
      active: boolean;
      roles: readonly string[];
      leftAt?: string | null;
    }[];
  };
}

const WORDS = {
  zh: {
    deptHead: '申请人的部门负责人',
    levelsUp: (n: number) =>
      `（上${['', '一', '两', '三', '四', '五', '六', '七', '八', '九'][n] ?? String(n)}级）`,
    supervisorByDepartment: '分管领导（按部门）',
    supervisorByField: (field: string) => `分管领导（按 ${field}）`,
    position: (name: string) => `职位「${name}」`,
    departmentHead: (name: string) => `部门「${name}」的负责人`,
    role: (name: string) => `角色「${name}」`,
    formUser: (field: string) => `表单中的「${field}」`,
    chosenBySubmitter: '发起人自选',
    user: (name: string) => `指定成员「${name}」`,
    and: ' 及 ',
    unknown: '无法识别的审批人',
    missing: {
      position: '（⚠ 组织中没有此职位）',
      department: '（⚠ 组织中没有此部门）',
      role: '（⚠ 没有成员担任此角色）',
      user: '（⚠ 组织中没有此人）',
      userLeft: '（⚠ 此人已离职）',
      field: '（⚠ 表单中没有此字段）',
    },
  },
  en: {
    deptHead: "The applicant's department head",
    levelsUp: (n: number) =>
      ` (${n === 1 ? 'one level' : `${['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'][n] ?? String(n)} levels`} up)`,
    supervisorByDepartment: 'Supervising leader (by department)',
    supervisorByField: (field: string) => `Supervising leader (by ${field})`,
    position: (name: string) => `Position "${name}"`,
    departmentHead: (name: string) => `Head of department "${name}"`,
    role: (name: string) => `Role "${name}"`,
    formUser: (field: string) => `The person in the form's "${field}"`,
    chosenBySubmitter: 'Chosen by the submitter',
    user: (name: string) => `Named person "${name}"`,
    and: ' and ',
    unknown: 'An unrecognised approver',
    missing: {
      position: ' (⚠ no such position in the org)',
      department: ' (⚠ no such department in the org)',
      role: ' (⚠ nobody has this role)',
      user: ' (⚠ no such person in the org)',
      userLeft: ' (⚠ this person has left)',
      field: ' (⚠ the form has no such field)',
    },
  },
} as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Stored routes are JSON; absurd nesting must not blow the stack (the checker stops at 16 as well). */
const MAX_DEPTH = 16;

/** The field the resolver reads a category from when the expression names none. */
const DEFAULT_CATEGORY_FIELD = 'category';

/**
 * A virtual position in words, as an information officer says it: "申请人的部门负责人（上一级）",
 * "分管领导（按 内容分类）", "职位「董事长」" / "Position "董事长"". The one wording of approvers: the
 * route designer, `signoff catalog show` and the server say an approver with it. Total: anything
 * that is not an approver expression (a route pasted as JSON) reads as "an unrecognised approver".
 */
export function describeApprovers(expr: unknown, lang: WordsLocale, ctx: ApproverWordsContext = {}): string {
  return describe(expr, ctx, lang, 0);
}

function describe(raw: unknown, ctx: ApproverWordsContext, lang: WordsLocale, depth: number): string {
  const w = WORDS[lang];
  if (!isObj(raw) || depth > MAX_DEPTH) return w.unknown;
  const { org } = ctx;
  const mark = (missing: boolean, marker: string) => (missing ? marker : '');
  const field = (key: string) => {
    const f = ctx.fields?.find((x) => x.key === key);
    // without the form's fields nothing can be judged missing
    return { name: f ? f.label[lang] || f.label.zh || key : key, missing: ctx.fields !== undefined && !f };
  };
  switch (raw.kind) {
    case 'deptHead': {
      const level = typeof raw.level === 'number' ? raw.level : 1;
      return level <= 1 ? w.deptHead : w.deptHead + w.levelsUp(level - 1);
    }
    case 'supervisingLeader': {
      if (raw.by !== 'category') return w.supervisorByDepartment;
      const f = field(text(raw.field) || DEFAULT_CATEGORY_FIELD);
      return w.supervisorByField(f.name) + mark(f.missing, w.missing.field);
    }
    case 'position': {
      const name = text(raw.name);
      return (
        w.position(name) +
        mark(org !== undefined && !org.positions.some((p) => p.name === name), w.missing.position)
      );
    }
    case 'departmentHead': {
      const name = text(raw.name);
      return (
        w.departmentHead(name) +
        mark(org !== undefined && !org.departments.some((d) => d.name === name), w.missing.department)
      );
    }
    case 'role': {
      const name = text(raw.name);
      return (
        w.role(name) +
        mark(org !== undefined && !org.users.some((u) => u.active && u.roles.includes(name)), w.missing.role)
      );
    }
    case 'user': {
      const id = text(raw.id);
      const user = org?.users.find((u) => u.id === id);
      if (org === undefined) return w.user(id);
      if (!user) return w.user(id) + w.missing.user;
      return w.user(user.name) + mark(!user.active || (user.leftAt ?? null) !== null, w.missing.userLeft);
    }
    case 'formUser': {
      const f = field(text(raw.field));
      return w.formUser(f.name) + mark(f.missing, w.missing.field);
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
