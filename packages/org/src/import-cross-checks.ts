import { at } from './import-cell-words.js';
import type { ImportDraft } from './import-draft.js';
import type { OrgSnapshot } from './org-model.js';
import { SHEETS } from './org-import-columns.js';
import type { ImportSheet } from './org-import-types.js';
import type { SheetReader } from './read-import-sheets.js';
import { validateOrg, type OrgProblem } from './validate-org.js';

const SHEET_OF_SUBJECT: Record<string, ImportSheet> = {
  department: 'departments',
  position: 'positions',
  user: 'users',
};

/**
 * Step 6: the org's own rules (`validateOrg`) over the org as it will be, reporting only what
 * this file broke (not what was wrong before) on the line that caused it, and nothing a row
 * already reported; then every problem in sheet and line order.
 */
export function crossCheck(reader: SheetReader, draft: ImportDraft, org: OrgSnapshot): void {
  const key = (p: OrgProblem) => `${p.code}|${p.subject}|${p.message.en}`;
  const already = new Set(validateOrg(draft.before).map(key));
  const reported = new Set(reader.problems.map((p) => `${p.sheet}|${p.line}|${p.code}`));
  for (const p of validateOrg(org)) {
    if (already.has(key(p))) continue;
    const colon = p.subject.indexOf(':');
    const sheet = SHEET_OF_SUBJECT[p.subject.slice(0, colon)] ?? 'departments';
    const line = draft.lines[sheet].get(p.subject.slice(colon + 1)) ?? 0;
    const id = `${sheet}|${line}|${p.code}`;
    if (reported.has(id)) continue;
    reported.add(id);
    reader.problem(sheet, line, p.code, line > 0 ? at(line, p.message.zh, p.message.en) : p.message);
  }
  reader.problems.sort((a, b) => SHEETS.indexOf(a.sheet) - SHEETS.indexOf(b.sheet) || a.line - b.line);
}
