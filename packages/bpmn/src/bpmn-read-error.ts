import type { Localized, Problem } from '@signoff/schema';
import { BpmnError } from './bpmn-error.js';

export type BpmnReadErrorCode =
  | 'noProcess'
  /** the file lacks the Signoff extension, so it is another modeller's: the BPMN import maps those */
  | 'notSignoff'
  | 'newerFormat'
  /** an element or extension Signoff wrote is missing or does not parse */
  | 'malformedRoute';

/** Why a BPMN file could not be read back as a Signoff route; an import of foreign files maps those instead. */
export class BpmnReadError extends BpmnError<BpmnReadErrorCode> {
  override readonly name = 'BpmnReadError';
  constructor(code: BpmnReadErrorCode, localized: Localized, details: readonly Problem[] = []) {
    super('bpmnRead', code, localized, details);
  }
}
