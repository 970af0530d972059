import type { FlowDefinition } from '@signoff/flow';
import type { OrgSnapshot } from '@signoff/org';
import type { Condition, FormModel, Localized } from '@signoff/schema';

/** What the parser reads a line against: the tenant's org (its vocabulary) and, when known, the form (its fields for conditions). */
export interface RouteTextContext {
  org: OrgSnapshot;
  form?: FormModel;
  /** the draft route's key; the form's key when absent */
  key?: string;
}

export type RouteTextStepKind = 'approve' | 'notify' | 'handle';

/** One step as the CLI prints it: `positions` are the org's positions, or the virtual position's name (部门负责人, 分管领导). */
export interface RouteTextStep {
  kind: RouteTextStepKind;
  positions: string[];
  name: string;
  /** a step taken only when this holds, e.g. "涉及金额 > 0" (a parenthesised condition) */
  when?: string;
}

/** One way through an exclusive branch. */
export interface RouteTextPath {
  /** the text of the alternative's condition as written ("市外", "2天(含)-7天"), or 默认 */
  when: string;
  isDefault: boolean;
  condition?: Condition;
  steps: RouteTextStep[];
  branches: RouteTextBranch[];
}

/** An exclusive branch read from prefixed alternatives ("市内：…市外：…", "1、…2、…"). */
export interface RouteTextBranch {
  name: string;
  /** how many of the enclosing list's `steps` come before it */
  after: number;
  paths: RouteTextPath[];
}

export type UnplacedCode =
  | 'unknown_word'
  | 'unknown_position'
  | 'verb_without_approver'
  | 'ambiguous_kind'
  | 'condition_without_field'
  | 'person_name'
  | 'unreachable_alternative';

export interface UnplacedReason extends Localized {
  code: UnplacedCode;
}

/** Text the parser could not turn into part of the route; `start`/`end` are UTF-16 offsets into the input, end exclusive. */
export interface UnplacedText {
  text: string;
  start: number;
  end: number;
  reason: UnplacedReason;
}

/**
 * How each stretch of the input was used; the segments are contiguous and cover the input, so a
 * caller can underline every character. `ignored` is punctuation, arrows and filler (流程说明).
 */
export type SegmentKind = 'applicant' | 'step' | 'condition' | 'label' | 'ignored' | 'unplaced';

export interface TextSegment {
  text: string;
  start: number;
  end: number;
  kind: SegmentKind;
}

export interface RouteTextResult {
  /** a draft route on the tenant's org; `validateFlow`-clean unless the text named no step at all */
  flow: FlowDefinition;
  /** the steps outside any prefixed alternatives, in order (a linear route is all here) */
  steps: RouteTextStep[];
  branches: RouteTextBranch[];
  unplaced: UnplacedText[];
  segments: TextSegment[];
}
