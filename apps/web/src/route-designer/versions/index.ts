export { RouteVersionsDrawer, type RouteVersionsDrawerProps } from './RouteVersionsDrawer';
export { RouteDiffDialog, type ComparedRoute, type RouteDiffDialogProps } from './RouteDiffDialog';
export { diffRoutes, diffPicture, type RouteDiff, type DiffStatus } from './route-diff';
export { useBpmnDownload } from './use-bpmn-download';
