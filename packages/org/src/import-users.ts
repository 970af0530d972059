import { activeStatus, at, splitList } from './import-cell-words.js';
import type { ImportDraft } from './import-draft.js';
import { findImportPosition, positionProblem } from './find-import-position.js';
import type { Department, OrgUser, Rank } from './org-model.js';
import type { ImportRow } from './org-import-types.js';
import type { SheetReader } from './read-import-sheets.js';

/** What a users row says, each field undefined where the file leaves it unchanged. */
interface UserFields {
  login: string | undefined;
  name: string | undefined;
  dept: Department | undefined;
  rankId: string | null | undefined;
  secondaryIds: string[] | undefined;
  positionIds: string[] | undefined;
  active: boolean | undefined;
}

/**
 * Step 5: the users sheet, matched by login. A rank is created only for a tenant that has none
 * yet; a position may be written `部门/岗位` where its name alone is ambiguous.
 */
export function readUsers(reader: SheetReader, draft: ImportDraft): void {
  const userByLogin = new Map<string, OrgUser>();
  for (const u of draft.users) {
    const login = draft.logins[u.id];
    if (login !== undefined) userByLogin.set(login, u);
  }
  const rankByName = new Map(draft.ranks.map((r) => [r.name, r]));
  const createRanks = draft.before.ranks.length === 0;
  const rankOf = (name: string): Rank | undefined => {
    let rank = rankByName.get(name);
    if (!rank && createRanks) {
      rank = { id: draft.newId(), name, order: draft.ranks.length + 1 };
      draft.ranks.push(rank);
      rankByName.set(name, rank);
    }
    return rank;
  };
  const loginLines = new Map<string, number>();
  for (const row of reader.dataRows('users')) {
    const login = reader.required('users', row, 'login', '账号', 'the login');
    const name = reader.required('users', row, 'name', '姓名', 'the name');
    const deptText = reader.required('users', row, 'department', '部门', 'the department');
    if (login !== undefined) {
      const firstLine = loginLines.get(login);
      if (firstLine !== undefined) {
        const what = { zh: `账号「${login}」`, en: `the login ${login}` };
        reader.repeated('users', row, 'duplicate_login', 'login', what, firstLine);
        continue;
      }
      loginLines.set(login, row.line);
    }
    const existing = login === undefined ? undefined : userByLogin.get(login);
    const fields = readRow(reader, draft, row, { login, name, deptText, existing, rankOf });
    const user = existing ?? newUser(draft, fields);
    if (!user) continue;
    if (!existing && fields.login !== undefined) userByLogin.set(fields.login, user);
    applyFields(user, fields);
    draft.lines.users.set(user.id, row.line);
  }
}

function readRow(
  reader: SheetReader,
  draft: ImportDraft,
  row: ImportRow,
  known: {
    login: string | undefined;
    name: string | undefined;
    deptText: string | undefined;
    existing: OrgUser | undefined;
    rankOf: (name: string) => Rank | undefined;
  },
): UserFields {
  const { cell, header } = reader;
  const { deptText, existing } = known;
  const problem = (code: string, key: string, zh: string, en: string) =>
    reader.problem('users', row.line, code, at(row.line, zh, en), header('users', key));

  let dept: Department | undefined;
  if (deptText !== undefined) {
    dept = draft.deptByName.get(deptText);
    if (!dept)
      problem(
        'unknown_department',
        'department',
        `部门「${deptText}」不存在`,
        `department ${deptText} does not exist`,
      );
  }

  let rankId: string | null | undefined;
  const rankText = cell('users', row, 'rank');
  if (rankText === '') rankId = null;
  else if (rankText !== undefined) {
    const rank = known.rankOf(rankText);
    if (rank) rankId = rank.id;
    else
      problem(
        'unknown_rank',
        'rank',
        `职级「${rankText}」不存在（职级需先在职级管理中添加）`,
        `rank ${rankText} does not exist (add ranks first)`,
      );
  }

  let secondaryIds: string[] | undefined;
  const secondaryText = cell('users', row, 'secondary');
  if (secondaryText !== undefined) {
    secondaryIds = [];
    for (const n of splitList(secondaryText)) {
      const d = draft.deptByName.get(n);
      if (d) secondaryIds.push(d.id);
      else
        problem(
          'unknown_department',
          'secondary',
          `兼职部门「${n}」不存在`,
          `secondary department ${n} does not exist`,
        );
    }
  }

  let positionIds: string[] | undefined;
  const positionsText = cell('users', row, 'positions');
  if (positionsText !== undefined) {
    positionIds = [];
    const prefer = [
      dept?.id ?? existing?.departmentId ?? '',
      ...(secondaryIds ?? existing?.secondaryDepartmentIds ?? []),
    ];
    for (const n of splitList(positionsText)) {
      const p = findImportPosition(draft, n, prefer);
      if (p === undefined || p === 'ambiguous') positionProblem(reader, 'users', row, 'positions', n, p);
      else if (!positionIds.includes(p.id)) positionIds.push(p.id);
    }
  }

  let active: boolean | undefined;
  const status = cell('users', row, 'status');
  if (status !== undefined && status !== '') {
    active = activeStatus(status);
    if (active === undefined) {
      const h = header('users', 'status');
      problem(
        'bad_status',
        'status',
        `「${h}」应填 在职 或 离职，不能是「${status}」`,
        `${h} must be active or left, not ${status}`,
      );
    }
  }
  return { login: known.login, name: known.name, dept, rankId, secondaryIds, positionIds, active };
}

/** A user the file adds, or undefined when the row lacks what a new user needs (already reported). */
function newUser(draft: ImportDraft, f: UserFields): OrgUser | undefined {
  if (f.login === undefined || f.name === undefined || !f.dept) return undefined;
  const user: OrgUser = {
    id: draft.newId(),
    name: f.name,
    departmentId: f.dept.id,
    secondaryDepartmentIds: [],
    rankId: null,
    positionIds: [],
    roles: [],
    active: true,
  };
  draft.users.push(user);
  draft.logins[user.id] = f.login;
  return user;
}

function applyFields(user: OrgUser, f: UserFields): void {
  if (f.name !== undefined) user.name = f.name;
  if (f.dept) user.departmentId = f.dept.id;
  if (f.rankId !== undefined) user.rankId = f.rankId;
  if (f.secondaryIds !== undefined) user.secondaryDepartmentIds = f.secondaryIds;
  user.secondaryDepartmentIds = user.secondaryDepartmentIds.filter(
    (id, i, all) => id !== user.departmentId && all.indexOf(id) === i,
  );
  if (f.positionIds !== undefined) user.positionIds = f.positionIds;
  if (f.active !== undefined) user.active = f.active;
}
