import {
  createHistory,
  dispatch,
  locate,
  redo,
  undo,
  type FieldPath,
  type FormCommand,
  type FormHistory,
} from '@signoff/designer';
import type { FormModel } from '@signoff/schema';
import { keyFromLabel } from './field-key';

/** The designer page's state: the core's history and which field the panel edits. */
export interface DesignerState {
  history: FormHistory;
  selected: FieldPath | null;
}

export type DesignerAction =
  | { type: 'command'; command: FormCommand; coalesce?: string }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'select'; field: FieldPath | null }
  /** a model from the server: a fresh history, nothing to undo */
  | { type: 'load'; model: FormModel };

export function initialDesignerState(model: FormModel): DesignerState {
  return { history: createHistory(model, { keyFromLabel }), selected: null };
}

/**
 * Where the selection goes after a step: where the core says (the new field, what came back on
 * undo), else it follows a rename, else it stays while the field still exists.
 */
function nextSelection(prev: FieldPath | null, history: FormHistory): FieldPath | null {
  const last = history.last;
  if (last.kind !== 'refused' && last.kind !== 'created' && last.select !== undefined) return last.select;
  if (prev === null) return null;
  const renamed = last.changed.renamed.find((r) => r.from === prev);
  const path = renamed ? renamed.to : prev;
  return locate(history.model, path) ? path : null;
}

export function designerReducer(state: DesignerState, action: DesignerAction): DesignerState {
  switch (action.type) {
    case 'select':
      return state.selected === action.field ? state : { ...state, selected: action.field };
    case 'load':
      return initialDesignerState(action.model);
    default: {
      const history =
        action.type === 'undo'
          ? undo(state.history)
          : action.type === 'redo'
            ? redo(state.history)
            : dispatch(state.history, action.command, action.coalesce ? { coalesce: action.coalesce } : {});
      // a refused command keeps the model, but its problem must reach the screen: a new state object
      if (history === state.history) return state;
      return { history, selected: nextSelection(state.selected, history) };
    }
  }
}
