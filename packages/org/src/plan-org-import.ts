import type { Localized } from '@signoff/schema';
import type { Department, OrgSnapshot, OrgUser, Position, Rank } from './org-model.js';
import { validateOrg, type OrgProblem } from './validate-org.js';

export type ImportSheet = 'departments' | 'positions' | 'users';

/** One data row of a sheet: its line in the file and its cells keyed by the header as written. */
export interface ImportRow {
  line: number;
  cells: Record<string, string>;
}

export interface OrgImportRows {
  departments: ImportRow[];
  positions: ImportRow[];
  users: ImportRow[];
}

/** The tenant's org before the import, with each user's login (userId → login). */
export interface ExistingOrg {
  org: OrgSnapshot;
  logins: Record<string, string>;
}

export interface ImportProblem {
  sheet: ImportSheet;
  /** line in the file (the header is line 1); 0 when the problem is not tied to one row */
  line: number;
  /** the header as written in the file, when the problem is about one cell or column */
  column?: string;
  code: string;
  message: Localized;
}

export interface ImportCounts {
  created: number;
  updated: number;
}

export interface ImportSummary {
  departments: ImportCounts;
  positions: ImportCounts;
  users: ImportCounts & { deactivated: number };
  /** ranks are created only for a tenant that has none yet */
  ranks: { created: number };
}

export interface OrgImportPlan {
  ok: boolean;
  problems: ImportProblem[];
  /** the org as it will be after the import; only meaningful (and only to be written) when `ok` */
  org: OrgSnapshot;
  /** userId → login, existing and new users */
  logins: Record<string, string>;
  summary: ImportSummary;
}

interface ColumnSpec {
  key: string;
  zh: string;
  en: string;
  required?: boolean;
}

/** The columns of each sheet; the zh header is what an export writes, zh or en (any case) is read. */
export const ORG_IMPORT_COLUMNS = {
  departments: [
    { key: 'name', zh: '部门名称', en: 'name', required: true },
    { key: 'parent', zh: '上级部门', en: 'parent' },
    { key: 'code', zh: '编码', en: 'code' },
    { key: 'order', zh: '排序', en: 'order' },
    { key: 'virtual', zh: '虚拟部门', en: 'virtual' },
    { key: 'headPosition', zh: '负责岗位', en: 'head position' },
  ],
  positions: [
    { key: 'name', zh: '岗位名称', en: 'name', required: true },
    { key: 'department', zh: '所属部门', en: 'department', required: true },
    { key: 'head', zh: '是否负责人', en: 'head' },
  ],
  users: [
    { key: 'login', zh: '账号', en: 'login', required: true },
    { key: 'name', zh: '姓名', en: 'name', required: true },
    { key: 'department', zh: '部门', en: 'department', required: true },
    { key: 'rank', zh: '职级', en: 'rank' },
    { key: 'positions', zh: '岗位', en: 'positions' },
    { key: 'secondary', zh: '兼职部门', en: 'secondary departments' },
    { key: 'status', zh: '状态', en: 'status' },
  ],
} as const satisfies Record<ImportSheet, readonly ColumnSpec[]>;

/** Sheet (worksheet) names: an export writes zh, an import accepts either. */
export const ORG_SHEET_NAMES: Record<ImportSheet, Localized> = {
  departments: { zh: '部门', en: 'Departments' },
  positions: { zh: '岗位', en: 'Positions' },
  users: { zh: '人员', en: 'Users' },
};

const SHEET_LABEL: Record<ImportSheet, Localized> = {
  departments: { zh: '部门', en: 'departments' },
  positions: { zh: '岗位', en: 'positions' },
  users: { zh: '人员', en: 'users' },
};

const SHEETS: ImportSheet[] = ['departments', 'positions', 'users'];

/** Separators of a list cell (岗位, 兼职部门): 、 , ; | in half or full width. */
export const LIST_SEPARATOR = /[、,，;；|｜]/;

const normalizeHeader = (h: string) =>
  h
    .trim()
    .replace(/[\s_]+/g, ' ')
    .toLowerCase();

/** Which column a header names, if any: the zh header, or the en one in any case. */
export function columnOf(sheet: ImportSheet, header: string): ColumnSpec | undefined {
  const h = normalizeHeader(header);
  return (ORG_IMPORT_COLUMNS[sheet] as readonly ColumnSpec[]).find((c) => c.zh === h || c.en === h);
}

/** Whether a set of headers looks like the given sheet (all of its required columns are there). */
export function sheetMatchesHeaders(sheet: ImportSheet, headers: readonly string[]): boolean {
  const keys = new Set(headers.map((h) => columnOf(sheet, h)?.key));
  return (ORG_IMPORT_COLUMNS[sheet] as readonly ColumnSpec[])
    .filter((c) => c.required)
    .every((c) => keys.has(c.key));
}

const YES = new Set(['是', 'yes', 'true']);
const NO = new Set(['否', 'no', 'false']);
const ACTIVE = new Set(['在职', 'active']);
const LEFT = new Set(['离职', 'left']);

function yesNo(v: string): boolean | undefined {
  const s = v.trim().toLowerCase();
  return YES.has(s) ? true : NO.has(s) ? false : undefined;
}

function splitList(v: string): string[] {
  return [
    ...new Set(
      v
        .split(LIST_SEPARATOR)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ];
}

const at = (line: number, zh: string, en: string): Localized =>
  line > 0 ? { zh: `第 ${line} 行：${zh}`, en: `line ${line}: ${en}` } : { zh, en };

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

function departmentChanged(a: Department, b: Department): boolean {
  return (
    a.name !== b.name ||
    (a.code ?? '') !== (b.code ?? '') ||
    a.parentId !== b.parentId ||
    a.order !== b.order ||
    !!a.virtual !== !!b.virtual ||
    (a.headPositionId ?? '') !== (b.headPositionId ?? '')
  );
}

function userChanged(a: OrgUser, b: OrgUser): boolean {
  return (
    a.name !== b.name ||
    a.departmentId !== b.departmentId ||
    a.rankId !== b.rankId ||
    !sameSet(a.positionIds, b.positionIds) ||
    !sameSet(a.secondaryDepartmentIds, b.secondaryDepartmentIds)
  );
}

/**
 * Plans an org import without doing any I/O: merges the file's rows into the existing org by
 * name (departments by name, positions by name within their department, users by login, ranks
 * by name) and lists every problem with its line. Nothing is ever deleted: what the file does not
 * name stays as it is, and a user marked 离职 is deactivated. A column the file does not have
 * leaves that field unchanged; a column that is there but empty clears it (no parent, no rank, no
 * positions), except 状态, where empty keeps the current status.
 *
 * The caller writes `org` only when `ok`: a plan with problems is a dry run's report.
 */
export function planOrgImport(
  rows: OrgImportRows,
  existing: ExistingOrg,
  newId: () => string,
): OrgImportPlan {
  const problems: ImportProblem[] = [];
  const before = existing.org;
  const problem = (sheet: ImportSheet, line: number, code: string, message: Localized, column?: string) =>
    problems.push({ sheet, line, code, message, ...(column !== undefined ? { column } : {}) });

  const departments: Department[] = before.departments.map((d) => ({ ...d }));
  const positions: Position[] = before.positions.map((p) => ({ ...p }));
  const ranks: Rank[] = before.ranks.map((r) => ({ ...r }));
  const users: OrgUser[] = before.users.map((u) => ({
    ...u,
    positionIds: [...u.positionIds],
    secondaryDepartmentIds: [...u.secondaryDepartmentIds],
    roles: [...u.roles],
  }));
  const logins: Record<string, string> = { ...existing.logins };

  const deptByName = new Map(departments.map((d) => [d.name, d]));
  const beforeDept = new Map(before.departments.map((d) => [d.id, d]));
  const beforePos = new Map(before.positions.map((p) => [p.id, p]));
  const beforeUser = new Map(before.users.map((u) => [u.id, u]));
  const lines: Record<ImportSheet, Map<string, number>> = {
    departments: new Map(),
    positions: new Map(),
    users: new Map(),
  };

  // ---- columns -------------------------------------------------------------------------------
  const columns = {} as Record<ImportSheet, Map<string, string> | null>;
  for (const sheet of SHEETS) {
    const rowsOf = rows[sheet];
    const headers = new Set<string>();
    for (const r of rowsOf) for (const h of Object.keys(r.cells)) headers.add(h);
    const byKey = new Map<string, string>();
    for (const h of headers) {
      const spec = columnOf(sheet, h);
      if (!spec) continue;
      const first = byKey.get(spec.key);
      if (first !== undefined) {
        problem(
          sheet,
          1,
          'duplicate_column',
          at(
            1,
            `「${h}」与「${first}」是同一列，只能保留一个`,
            `the columns ${h} and ${first} are the same column; keep one`,
          ),
          h,
        );
        continue;
      }
      byKey.set(spec.key, h);
    }
    let complete = true;
    if (rowsOf.length > 0) {
      for (const spec of ORG_IMPORT_COLUMNS[sheet] as readonly ColumnSpec[]) {
        if (spec.required && !byKey.has(spec.key)) {
          complete = false;
          problem(
            sheet,
            1,
            'missing_column',
            at(
              1,
              `${SHEET_LABEL[sheet].zh}表缺少「${spec.zh}」列`,
              `the ${SHEET_LABEL[sheet].en} sheet has no ${spec.en} column (${spec.zh})`,
            ),
            spec.zh,
          );
        }
      }
    }
    columns[sheet] = complete ? byKey : null;
  }
  const dataRows = (sheet: ImportSheet) =>
    columns[sheet] ? rows[sheet].filter((r) => Object.values(r.cells).some((v) => v.trim() !== '')) : [];
  /** the trimmed cell, or undefined when the sheet has no such column */
  const cell = (sheet: ImportSheet, row: ImportRow, key: string): string | undefined => {
    const h = columns[sheet]?.get(key);
    return h === undefined ? undefined : (row.cells[h] ?? '').trim();
  };
  const header = (sheet: ImportSheet, key: string) =>
    columns[sheet]?.get(key) ??
    (ORG_IMPORT_COLUMNS[sheet] as readonly ColumnSpec[]).find((c) => c.key === key)?.zh ??
    key;
  const required = (
    sheet: ImportSheet,
    row: ImportRow,
    key: string,
    zh: string,
    en: string,
  ): string | undefined => {
    const v = cell(sheet, row, key) ?? '';
    if (v !== '') return v;
    problem(
      sheet,
      row.line,
      'missing_value',
      at(row.line, `${zh}不能为空`, `${en} is required`),
      header(sheet, key),
    );
    return undefined;
  };
  const yesNoCell = (sheet: ImportSheet, row: ImportRow, key: string): boolean | undefined | null => {
    const v = cell(sheet, row, key);
    if (v === undefined) return undefined;
    if (v === '') return false;
    const b = yesNo(v);
    if (b !== undefined) return b;
    const h = header(sheet, key);
    problem(
      sheet,
      row.line,
      'bad_yes_no',
      at(row.line, `「${h}」应填 是 或 否，不能是「${v}」`, `${h} must be yes or no, not ${v}`),
      h,
    );
    return null;
  };

  // ---- departments ---------------------------------------------------------------------------
  interface DeptEntry {
    row: ImportRow;
    dept: Department;
    created: boolean;
  }
  const deptEntries: DeptEntry[] = [];
  for (const row of dataRows('departments')) {
    const name = required('departments', row, 'name', '部门名称', 'the department name');
    if (name === undefined) continue;
    const found = deptByName.get(name);
    const firstLine = found ? lines.departments.get(found.id) : undefined;
    if (firstLine !== undefined) {
      problem(
        'departments',
        row.line,
        'duplicate_name',
        at(
          row.line,
          `部门「${name}」与第 ${firstLine} 行重复`,
          `the department ${name} is already on line ${firstLine}`,
        ),
        header('departments', 'name'),
      );
      continue;
    }
    let dept = found;
    if (!dept) {
      dept = { id: newId(), name, parentId: null, order: Number.NaN };
      departments.push(dept);
      deptByName.set(name, dept);
    }
    lines.departments.set(dept.id, row.line);
    deptEntries.push({ row, dept, created: !found });
  }
  let nextOrder = Math.max(0, ...before.departments.map((d) => d.order + 1));
  for (const { row, dept, created } of deptEntries) {
    const parent = cell('departments', row, 'parent');
    if (parent === '') dept.parentId = null;
    else if (parent !== undefined) {
      const p = deptByName.get(parent);
      if (p) dept.parentId = p.id;
      else {
        problem(
          'departments',
          row.line,
          'unknown_parent',
          at(row.line, `上级部门「${parent}」不存在`, `parent department ${parent} does not exist`),
          header('departments', 'parent'),
        );
      }
    }
    const code = cell('departments', row, 'code');
    if (code === '') delete dept.code;
    else if (code !== undefined) dept.code = code;
    const order = cell('departments', row, 'order');
    if (order !== undefined && order !== '') {
      if (/^-?\d+$/.test(order)) dept.order = Number(order);
      else {
        const h = header('departments', 'order');
        problem(
          'departments',
          row.line,
          'bad_number',
          at(row.line, `「${h}」应填整数，不能是「${order}」`, `${h} must be a whole number, not ${order}`),
          h,
        );
      }
    }
    if (created && Number.isNaN(dept.order)) dept.order = nextOrder++;
    const virtual = yesNoCell('departments', row, 'virtual');
    if (virtual === true) dept.virtual = true;
    else if (virtual === false) {
      delete dept.virtual;
      delete dept.headPositionId;
    }
  }
  // Cycles: report every row of each cycle, then put those rows' parents back, until none is left.
  const cycleLines = new Set<number>();
  for (let round = 0; round <= deptEntries.length; round++) {
    const byId = new Map(departments.map((d) => [d.id, d]));
    const inCycle = new Map<string, string[]>();
    for (const { dept } of deptEntries) {
      const path: string[] = [];
      let id: string | null = dept.id;
      while (id !== null && !path.includes(id)) {
        path.push(id);
        id = byId.get(id)?.parentId ?? null;
      }
      if (id === dept.id) inCycle.set(dept.id, path);
    }
    if (inCycle.size === 0) break;
    for (const { row, dept, created } of deptEntries) {
      const path = inCycle.get(dept.id);
      if (!path) continue;
      if (!cycleLines.has(row.line)) {
        cycleLines.add(row.line);
        const names = [...path, dept.id].map((id) => byId.get(id)?.name ?? id).join(' → ');
        problem(
          'departments',
          row.line,
          'parent_cycle',
          at(row.line, `上级部门形成循环：${names}`, `the parent departments form a cycle: ${names}`),
          header('departments', 'parent'),
        );
      }
      dept.parentId = created ? null : (beforeDept.get(dept.id)?.parentId ?? null);
    }
  }

  // ---- positions -----------------------------------------------------------------------------
  interface PosEntry {
    row: ImportRow;
    pos: Position;
    created: boolean;
    head: boolean;
  }
  const posEntries: PosEntry[] = [];
  for (const row of dataRows('positions')) {
    const name = required('positions', row, 'name', '岗位名称', 'the position name');
    const deptName = required('positions', row, 'department', '所属部门', 'the department');
    const head = yesNoCell('positions', row, 'head');
    if (name === undefined || deptName === undefined) continue;
    const dept = deptByName.get(deptName);
    if (!dept) {
      problem(
        'positions',
        row.line,
        'unknown_department',
        at(row.line, `部门「${deptName}」不存在`, `department ${deptName} does not exist`),
        header('positions', 'department'),
      );
      continue;
    }
    const found = positions.find((p) => p.departmentId === dept.id && p.name === name);
    const firstLine = found ? lines.positions.get(found.id) : undefined;
    if (firstLine !== undefined) {
      problem(
        'positions',
        row.line,
        'duplicate_name',
        at(
          row.line,
          `岗位「${deptName}/${name}」与第 ${firstLine} 行重复`,
          `the position ${name} of ${deptName} is already on line ${firstLine}`,
        ),
        header('positions', 'name'),
      );
      continue;
    }
    let pos = found;
    if (!pos) {
      pos = { id: newId(), name, departmentId: dept.id, isHead: false };
      positions.push(pos);
    }
    if (typeof head === 'boolean') pos.isHead = head;
    lines.positions.set(pos.id, row.line);
    posEntries.push({ row, pos, created: !found, head: head === true });
  }
  const headsOf = new Map<string, Position[]>();
  for (const p of positions)
    if (p.isHead) headsOf.set(p.departmentId, [...(headsOf.get(p.departmentId) ?? []), p]);
  const nameOfDept = (id: string) => departments.find((d) => d.id === id)?.name ?? id;
  for (const { row, pos, created, head } of posEntries) {
    const heads = headsOf.get(pos.departmentId) ?? [];
    if (!head || heads.length < 2) continue;
    const others = heads
      .filter((p) => p !== pos)
      .map((p) => p.name)
      .join('、');
    const d = nameOfDept(pos.departmentId);
    problem(
      'positions',
      row.line,
      'two_heads',
      at(
        row.line,
        `部门「${d}」已有负责人岗位「${others}」，一个部门只能有一个负责人岗位`,
        `${d} already has the head position ${others}; a department may have one`,
      ),
      header('positions', 'head'),
    );
    pos.isHead = created ? false : (beforePos.get(pos.id)?.isHead ?? false);
  }

  /** A position by name, or `部门/岗位` when the name alone is ambiguous; `prefer` settles among departments. */
  const findPosition = (text: string, prefer: readonly string[]): Position | 'ambiguous' | undefined => {
    let candidates = positions.filter((p) => p.name === text);
    if (candidates.length === 0) {
      for (let i = text.indexOf('/'); i > 0; i = text.indexOf('/', i + 1)) {
        const d = deptByName.get(text.slice(0, i).trim());
        const pn = text.slice(i + 1).trim();
        if (d) candidates.push(...positions.filter((p) => p.departmentId === d.id && p.name === pn));
      }
    }
    if (candidates.length > 1) {
      const preferred = candidates.filter((p) => prefer.includes(p.departmentId));
      if (preferred.length > 0) candidates = preferred;
    }
    return candidates.length > 1 ? 'ambiguous' : candidates[0];
  };
  const positionProblem = (
    sheet: ImportSheet,
    row: ImportRow,
    key: string,
    text: string,
    result: 'ambiguous' | undefined,
    code = 'unknown_position',
  ) => {
    const h = header(sheet, key);
    if (result === 'ambiguous')
      problem(
        sheet,
        row.line,
        'ambiguous_position',
        at(
          row.line,
          `多个部门都有岗位「${text}」，请写成「部门/${text}」`,
          `several departments have a position ${text}; write it as department/${text}`,
        ),
        h,
      );
    else
      problem(
        sheet,
        row.line,
        code,
        at(row.line, `岗位「${text}」不存在`, `position ${text} does not exist`),
        h,
      );
  };

  // the head position of a virtual department may be a position of this file, so it comes last
  for (const { row, dept } of deptEntries) {
    const v = cell('departments', row, 'headPosition');
    if (v === undefined) continue;
    if (v === '') {
      delete dept.headPositionId;
      continue;
    }
    if (!dept.virtual) {
      const h = header('departments', 'headPosition');
      problem(
        'departments',
        row.line,
        'head_position_not_virtual',
        at(row.line, `只有虚拟部门才填「${h}」`, `only a virtual department has a ${h}`),
        h,
      );
      continue;
    }
    const p = findPosition(v, []);
    if (p === undefined || p === 'ambiguous')
      positionProblem('departments', row, 'headPosition', v, p, 'unknown_head_position');
    else dept.headPositionId = p.id;
  }

  // ---- users ---------------------------------------------------------------------------------
  const userByLogin = new Map<string, OrgUser>();
  for (const u of users) {
    const login = logins[u.id];
    if (login !== undefined) userByLogin.set(login, u);
  }
  const rankByName = new Map(ranks.map((r) => [r.name, r]));
  const createRanks = before.ranks.length === 0;
  const loginLines = new Map<string, number>();
  for (const row of dataRows('users')) {
    const login = required('users', row, 'login', '账号', 'the login');
    const name = required('users', row, 'name', '姓名', 'the name');
    const deptText = required('users', row, 'department', '部门', 'the department');
    if (login !== undefined) {
      const firstLine = loginLines.get(login);
      if (firstLine !== undefined) {
        problem(
          'users',
          row.line,
          'duplicate_login',
          at(
            row.line,
            `账号「${login}」与第 ${firstLine} 行重复`,
            `the login ${login} is already on line ${firstLine}`,
          ),
          header('users', 'login'),
        );
        continue;
      }
      loginLines.set(login, row.line);
    }
    const existingUser = login === undefined ? undefined : userByLogin.get(login);
    let dept: Department | undefined;
    if (deptText !== undefined) {
      dept = deptByName.get(deptText);
      if (!dept)
        problem(
          'users',
          row.line,
          'unknown_department',
          at(row.line, `部门「${deptText}」不存在`, `department ${deptText} does not exist`),
          header('users', 'department'),
        );
    }

    let rankId: string | null | undefined;
    const rankText = cell('users', row, 'rank');
    if (rankText === '') rankId = null;
    else if (rankText !== undefined) {
      let rank = rankByName.get(rankText);
      if (!rank && createRanks) {
        rank = { id: newId(), name: rankText, order: ranks.length + 1 };
        ranks.push(rank);
        rankByName.set(rankText, rank);
      }
      if (rank) rankId = rank.id;
      else
        problem(
          'users',
          row.line,
          'unknown_rank',
          at(
            row.line,
            `职级「${rankText}」不存在（职级需先在职级管理中添加）`,
            `rank ${rankText} does not exist (add ranks first)`,
          ),
          header('users', 'rank'),
        );
    }

    let secondaryIds: string[] | undefined;
    const secondaryText = cell('users', row, 'secondary');
    if (secondaryText !== undefined) {
      secondaryIds = [];
      for (const n of splitList(secondaryText)) {
        const d = deptByName.get(n);
        if (d) secondaryIds.push(d.id);
        else
          problem(
            'users',
            row.line,
            'unknown_department',
            at(row.line, `兼职部门「${n}」不存在`, `secondary department ${n} does not exist`),
            header('users', 'secondary'),
          );
      }
    }

    let positionIds: string[] | undefined;
    const positionsText = cell('users', row, 'positions');
    if (positionsText !== undefined) {
      positionIds = [];
      const prefer = [
        dept?.id ?? existingUser?.departmentId ?? '',
        ...(secondaryIds ?? existingUser?.secondaryDepartmentIds ?? []),
      ];
      for (const n of splitList(positionsText)) {
        const p = findPosition(n, prefer);
        if (p === undefined || p === 'ambiguous') positionProblem('users', row, 'positions', n, p);
        else if (!positionIds.includes(p.id)) positionIds.push(p.id);
      }
    }

    let active: boolean | undefined;
    const status = cell('users', row, 'status');
    if (status !== undefined && status !== '') {
      const s = status.toLowerCase();
      if (ACTIVE.has(s)) active = true;
      else if (LEFT.has(s)) active = false;
      else {
        const h = header('users', 'status');
        problem(
          'users',
          row.line,
          'bad_status',
          at(
            row.line,
            `「${h}」应填 在职 或 离职，不能是「${status}」`,
            `${h} must be active or left, not ${status}`,
          ),
          h,
        );
      }
    }

    let user = existingUser;
    if (!user) {
      if (login === undefined || name === undefined || !dept) continue;
      user = {
        id: newId(),
        name,
        departmentId: dept.id,
        secondaryDepartmentIds: [],
        rankId: null,
        positionIds: [],
        roles: [],
        active: true,
      };
      users.push(user);
      userByLogin.set(login, user);
      logins[user.id] = login;
    }
    if (name !== undefined) user.name = name;
    if (dept) user.departmentId = dept.id;
    if (rankId !== undefined) user.rankId = rankId;
    if (secondaryIds !== undefined) user.secondaryDepartmentIds = secondaryIds;
    user.secondaryDepartmentIds = user.secondaryDepartmentIds.filter(
      (id, i, all) => id !== user.departmentId && all.indexOf(id) === i,
    );
    if (positionIds !== undefined) user.positionIds = positionIds;
    if (active !== undefined) user.active = active;
    lines.users.set(user.id, row.line);
  }

  const org: OrgSnapshot = {
    departments,
    positions,
    ranks,
    users,
    supervisions: before.supervisions,
    delegations: before.delegations,
    adminUserIds: users.filter((u) => u.active && u.roles.includes('admin')).map((u) => u.id),
  };

  // ---- the org's own rules, for what this file changed ----------------------------------------
  const key = (p: OrgProblem) => `${p.code}|${p.subject}|${p.message.en}`;
  const already = new Set(validateOrg(before).map(key));
  const reported = new Set(problems.map((p) => `${p.sheet}|${p.line}|${p.code}`));
  const sheetOfSubject: Record<string, ImportSheet> = {
    department: 'departments',
    position: 'positions',
    user: 'users',
  };
  for (const p of validateOrg(org)) {
    if (already.has(key(p))) continue;
    const colon = p.subject.indexOf(':');
    const sheet = sheetOfSubject[p.subject.slice(0, colon)] ?? 'departments';
    const line = lines[sheet].get(p.subject.slice(colon + 1)) ?? 0;
    const id = `${sheet}|${line}|${p.code}`;
    if (reported.has(id)) continue;
    reported.add(id);
    problem(sheet, line, p.code, line > 0 ? at(line, p.message.zh, p.message.en) : p.message);
  }
  problems.sort((a, b) => SHEETS.indexOf(a.sheet) - SHEETS.indexOf(b.sheet) || a.line - b.line);

  // ---- summary -------------------------------------------------------------------------------
  const summary: ImportSummary = {
    departments: { created: 0, updated: 0 },
    positions: { created: 0, updated: 0 },
    users: { created: 0, updated: 0, deactivated: 0 },
    ranks: { created: ranks.length - before.ranks.length },
  };
  for (const d of departments) {
    const old = beforeDept.get(d.id);
    if (!old) summary.departments.created++;
    else if (departmentChanged(old, d)) summary.departments.updated++;
  }
  for (const p of positions) {
    const old = beforePos.get(p.id);
    if (!old) summary.positions.created++;
    else if (old.isHead !== p.isHead) summary.positions.updated++;
  }
  for (const u of users) {
    const old = beforeUser.get(u.id);
    if (!old) summary.users.created++;
    else if (old.active && !u.active) summary.users.deactivated++;
    else if (userChanged(old, u) || old.active !== u.active) summary.users.updated++;
  }

  return { ok: problems.length === 0, problems, org, logins, summary };
}

/**
 * The org as import rows with the zh headers: what an export writes, so that importing it back
 * changes nothing. A position is written by name, or as `部门/岗位` where the name alone would be
 * ambiguous for that user.
 */
export function orgToImportRows(org: OrgSnapshot, logins: Record<string, string>): OrgImportRows {
  const dept = new Map(org.departments.map((d) => [d.id, d]));
  const pos = new Map(org.positions.map((p) => [p.id, p]));
  const rank = new Map(org.ranks.map((r) => [r.id, r.name]));
  const h = <S extends ImportSheet>(sheet: S, k: (typeof ORG_IMPORT_COLUMNS)[S][number]['key']) =>
    (ORG_IMPORT_COLUMNS[sheet] as readonly ColumnSpec[]).find((c) => c.key === k)?.zh ?? k;
  const yes = (b: boolean) => (b ? '是' : '否');
  const positionText = (id: string, prefer: readonly string[]) => {
    const p = pos.get(id);
    if (!p) return id;
    const same = org.positions.filter((x) => x.name === p.name);
    const preferred = same.filter((x) => prefer.includes(x.departmentId));
    const plain = same.length === 1 || (preferred.length === 1 && preferred[0] === p);
    return plain ? p.name : `${dept.get(p.departmentId)?.name ?? p.departmentId}/${p.name}`;
  };
  const row = (i: number, cells: Record<string, string>): ImportRow => ({ line: i + 2, cells });
  return {
    departments: [...org.departments]
      .sort((a, b) => a.order - b.order)
      .map((d, i) =>
        row(i, {
          [h('departments', 'name')]: d.name,
          [h('departments', 'parent')]: d.parentId === null ? '' : (dept.get(d.parentId)?.name ?? ''),
          [h('departments', 'code')]: d.code ?? '',
          [h('departments', 'order')]: String(d.order),
          [h('departments', 'virtual')]: yes(!!d.virtual),
          [h('departments', 'headPosition')]:
            d.virtual && d.headPositionId ? positionText(d.headPositionId, []) : '',
        }),
      ),
    positions: org.positions.map((p, i) =>
      row(i, {
        [h('positions', 'name')]: p.name,
        [h('positions', 'department')]: dept.get(p.departmentId)?.name ?? '',
        [h('positions', 'head')]: yes(p.isHead),
      }),
    ),
    users: org.users.map((u, i) => {
      const prefer = [u.departmentId, ...u.secondaryDepartmentIds];
      return row(i, {
        [h('users', 'login')]: logins[u.id] ?? '',
        [h('users', 'name')]: u.name,
        [h('users', 'department')]: dept.get(u.departmentId)?.name ?? '',
        [h('users', 'rank')]: u.rankId === null ? '' : (rank.get(u.rankId) ?? ''),
        [h('users', 'positions')]: u.positionIds.map((id) => positionText(id, prefer)).join('、'),
        [h('users', 'secondary')]: u.secondaryDepartmentIds.map((id) => dept.get(id)?.name ?? id).join('、'),
        [h('users', 'status')]: u.active ? '在职' : '离职',
      });
    }),
  };
}
