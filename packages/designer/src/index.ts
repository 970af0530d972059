export type { FieldPath, Place } from './field-path.js';
export { fieldPath, locate, type Located } from './field-path.js';
export type { FieldMove, FormChanges } from './form-changes.js';
export { NO_CHANGES, invertChanges } from './form-changes.js';
export type { CommandProblem, CommandProblemCode } from './command-problem.js';
export type {
  AddFieldCommand,
  ChangeFieldCommand,
  ChangeFormCommand,
  CommandResult,
  DesignerOptions,
  DuplicateFieldCommand,
  FormCommand,
  FormCommandType,
  MoveFieldCommand,
  PasteFieldsCommand,
  RemoveFieldCommand,
  ReplaceModelCommand,
} from './form-command.js';
export {
  FIELD_PROPERTIES,
  type DefaultValues,
  type FieldPatch,
  type FieldProperty,
} from './field-properties.js';
export { FIELD_PALETTE, FIELD_TYPE_NAMES, type PaletteGroup, type PaletteGroupId } from './field-palette.js';
export { createField } from './field-factory.js';
export { keysInUse, uniqueKey, type KeyFromLabel } from './field-keys.js';
export { applyCommand } from './apply-command.js';
export { addField } from './add-field.js';
export { moveField } from './move-field.js';
export { duplicateField } from './duplicate-field.js';
export { removeField } from './remove-field.js';
export { changeField } from './change-field.js';
export { pasteFields } from './paste-fields.js';
export { changeForm } from './change-form.js';
export { replaceModel } from './replace-model.js';
export {
  canRedo,
  canUndo,
  createHistory,
  dispatch,
  redo,
  undo,
  type DispatchOptions,
  type FormHistory,
  type HistoryOptions,
  type HistoryStep,
} from './form-history.js';
export { fieldOfProblem, modelProblems } from './model-problems.js';
export type {
  InsertableNodeType,
  RouteChanges,
  RouteCommand,
  RouteCommandProblem,
  RouteCommandProblemCode,
  RouteCommandResult,
  RouteCommandType,
  RouteHistory,
  RouteNodePatch,
  RouteOptions,
} from './route/route-command.js';
export type { LaidOutEdge, LaidOutNode, NodeSizes, RouteLayout } from './route/route-layout-types.js';
export { applyRouteCommand } from './route/apply-route-command.js';
export { routeIdSource } from './route/route-ids.js';
export { NO_ROUTE_CHANGES, invertRouteChanges } from './route/route-changes.js';
export { NEW_NODE_NAMES } from './route/route-node-factory.js';
export {
  createRouteHistory,
  dispatchRoute,
  redoRoute,
  undoRoute,
  type RouteHistoryOptions,
} from './route/route-history.js';
export { DEFAULT_NODE_SIZES, layoutRoute } from './route/layout-route.js';
