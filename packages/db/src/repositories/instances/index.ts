// A request: its row and task mirror, serial numbers, submission drafts, imported history.
export {
  nextSerialValue,
  formatSerialNumber,
  takeSerialNumber,
  serialPlaceholder,
  type SerialLayout,
  type SerialTaking,
} from './serial-number.js';
export {
  takenSerials,
  insertImportedInstance,
  raiseSerialCounter,
  recordHistoryImport,
  firstImportOfFile,
  type ImportedFrom,
  type ImportedInstance,
  type TakenSerial,
  type HistoryImportRecord,
} from './history-import-repository.js';
export {
  getSubmissionDraft,
  saveSubmissionDraft,
  deleteSubmissionDraft,
  listSubmissionDrafts,
  type SubmissionDraft,
  type SubmissionDraftSummary,
} from './submission-draft-repository.js';
export {
  insertInstance,
  getInstance,
  updateInstanceState,
  syncTasks,
  listInstancesByApplicant,
  getInstanceOfTask,
  lockInstance,
  type InstanceRow,
  type TaskMirror,
  type InstanceSummary,
} from './instance-repository.js';
