export { routeToBpmn, SIGNOFF_CONDITION_LANGUAGE, type RouteToBpmnOptions } from './route-to-bpmn.js';
export { readBpmn } from './read-bpmn.js';
export { BPMN_SHAPE_SIZES, layeredDiagram, type BpmnDiagram, type DiagramPoint } from './bpmn-diagram.js';
export { BpmnExportError, type BpmnExportErrorCode } from './bpmn-export-error.js';
export { SIGNOFF_FORMAT_VERSION, SIGNOFF_NS, SIGNOFF_PACKAGES } from './signoff-extension.js';
export { conditionText } from './condition-text.js';
export { toNcName } from './bpmn-ids.js';
export { BpmnReadError, type BpmnReadErrorCode } from './bpmn-read-error.js';
export { readSignoffRoute } from './read-signoff-route.js';
export { importBpmn, importBpmnDefinitions } from './import-bpmn.js';
export { applyAssigneeMapping, type AssigneeMapping } from './apply-assignee-mapping.js';
export {
  BpmnImportError,
  parseFailure as parseBpmnFailure,
  type BpmnImportErrorCode,
  type BpmnImportErrorDetail,
} from './bpmn-import-error.js';
export { isSignoffBpmn } from './read-signoff-route.js';
export type {
  AssigneeReference,
  AssigneeReferenceKind,
  BpmnImport,
  ImportBpmnOptions,
  ImportReason,
  UnplacedCondition,
  UnsupportedElement,
} from './import-bpmn-types.js';
