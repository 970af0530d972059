export { RouteImportDialog, type RouteImportDialogProps } from './RouteImportDialog';
export { orgReferenceProblems } from './org-reference-problems';
export { importProblems } from './import-problems';
export { routeFromJson } from './route-from-json';
export { routeFromBpmn } from './route-from-bpmn';
export type { RouteRead } from './route-read';
export { RouteTextDialog, type RouteTextDialogProps } from './RouteTextDialog';
