import type { ImportedInstance, TakenSerial } from '@signoff/db';
import type { FlowDefinition } from '@signoff/flow';
import type { OrgSnapshot } from '@signoff/org';
import type { FormModel, JsonSchema, Localized } from '@signoff/schema';

export interface HistoryProblem {
  /** the worksheet's name as written */
  sheet: string;
  /** line in the sheet (the header is line 1); 0 for the sheet as a whole */
  line: number;
  /** the header as written, when the problem is about one cell or column */
  column?: string;
  code: string;
  message: Localized;
}

/** A published template as the planner needs it: its current version's form and route. */
export interface HistoryTemplate {
  templateId: string;
  versionId: string;
  key: string;
  /** the current version's number */
  version: number;
  title: Localized;
  serialPrefix: string;
  /** a custom serial pattern: imported numbers are then not matched against the classic form */
  hasSerialPattern: boolean;
  model: FormModel;
  schema: JsonSchema;
  flow: FlowDefinition;
}

export interface HistoryPlanContext {
  fileName: string;
  importId: string;
  templates: readonly HistoryTemplate[];
  org: OrgSnapshot;
  /** userId → login */
  logins: Record<string, string>;
  /** the serial numbers of the file the tenant already has */
  taken: ReadonlyMap<string, TakenSerial>;
  /** ISO instant: nothing in the file may be later */
  now: string;
  newId: () => string;
}

export interface HistorySheetSummary {
  sheet: string;
  templateKey: string;
  rows: number;
  /** rows to import (imported, after a real run) */
  imported: number;
  /** rows imported before (same template, same serial number): left as they are */
  unchanged: number;
}

/** An instance to write, with where it came from for the audit entry. */
export interface PlannedHistoryInstance extends ImportedInstance {
  sheet: string;
  line: number;
  templateKey: string;
  version: number;
}

export interface HistoryPlan {
  ok: boolean;
  problems: HistoryProblem[];
  sheets: HistorySheetSummary[];
  instances: PlannedHistoryInstance[];
  /** the classic serial counters (`<prefix>-YYYYMM-NNNN`) the imported numbers reach */
  counters: { templateId: string; period: string; value: number }[];
}

/** "line N: …" in both languages, as the org import words its problems. */
export const atLine = (line: number, zh: string, en: string): Localized =>
  line > 0 ? { zh: `第 ${line} 行：${zh}`, en: `line ${line}: ${en}` } : { zh, en };
