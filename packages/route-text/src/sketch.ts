import type { Condition, Localized } from '@signoff/schema';
import type { RouteTextStepKind, TextSegment, UnplacedText } from './route-text-result.js';
import type { Actor } from './vocabulary.js';

/** A step as read, before it becomes nodes: who, what kind, and the words it came from. */
export interface SketchStep {
  type: 'step';
  kind: RouteTextStepKind;
  actor: Actor;
  name: Localized;
  /** taken only when this holds (财务部审核(涉及金额)) */
  guard?: { condition: Condition; text: string };
}

export interface SketchAlternative {
  /** the label as written (市外, 2天(含)-7天); empty for an unlabelled one */
  label: string;
  /** undefined: the default way (the first alternative, or one whose label reads as no condition) */
  condition?: Condition;
  items: SketchItem[];
}

/** Prefixed alternatives: an exclusive branch, default first. */
export interface SketchSwitch {
  type: 'switch';
  name: string;
  alternatives: SketchAlternative[];
}

export type SketchItem = SketchStep | SketchSwitch;

/** What reading a stretch of text gave: the items and how each character was used. */
export interface Reading {
  items: SketchItem[];
  segments: TextSegment[];
  unplaced: UnplacedText[];
}

export const emptyReading = (): Reading => ({ items: [], segments: [], unplaced: [] });
