import {
  createRouteHistory,
  dispatchRoute,
  redoRoute,
  routeIdSource,
  undoRoute,
  type RouteCommand,
  type RouteHistory,
  type RouteHistoryOptions,
} from '@signoff/designer';
import type { Flow, RouteSelection } from '../canvas/route-canvas-types';

/** The route designer page's state: the core's history and what the canvas has selected. */
export interface RouteDesignerState {
  history: RouteHistory;
  selected: RouteSelection;
}

export type RouteDesignerAction =
  | { type: 'command'; command: RouteCommand }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'select'; selection: RouteSelection };

export function initialRouteState(input: { flow: Flow; options: RouteHistoryOptions }): RouteDesignerState {
  return { history: createRouteHistory(input.flow, input.options), selected: null };
}

/** The selection if what it names is still in the flow (an undo may have taken it away). */
function stillThere(flow: Flow, selected: RouteSelection): RouteSelection {
  if (selected === null) return null;
  if ('nodeId' in selected) return flow.nodes.some((n) => n.id === selected.nodeId) ? selected : null;
  return flow.edges.some((e) => e.id === selected.edgeId) ? selected : null;
}

export function routeDesignerReducer(
  state: RouteDesignerState,
  action: RouteDesignerAction,
): RouteDesignerState {
  switch (action.type) {
    case 'select':
      return { ...state, selected: action.selection };
    case 'command': {
      // ids come from the flow at hand, so a replaced or restored route never gets a clashing one
      const history = dispatchRoute(state.history, action.command, {
        newId: routeIdSource(state.history.flow),
      });
      const last = history.last;
      const selected =
        last.kind === 'changed' && last.changed.select !== undefined
          ? last.changed.select
          : stillThere(history.flow, state.selected);
      return { history, selected };
    }
    case 'undo':
    case 'redo': {
      const history = action.type === 'undo' ? undoRoute(state.history) : redoRoute(state.history);
      if (history === state.history) return state;
      const last = history.last;
      const wanted = last.kind === 'undone' || last.kind === 'redone' ? last.changed.select : undefined;
      return { history, selected: stillThere(history.flow, wanted ?? state.selected) };
    }
  }
}
