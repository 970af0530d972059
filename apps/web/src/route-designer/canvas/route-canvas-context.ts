import { createContext, useContext } from 'react';
import type { InsertableNodeType } from '@signoff/designer';

/**
 * What the cards and edges may ask of the canvas. One object for the canvas's life (its functions
 * call the latest handlers), so a card reading it re-renders only when its own props change.
 */
export interface RouteCanvasActions {
  insert: (edgeId: string, nodeType: InsertableNodeType) => void;
  addPath: (nodeId: string) => void;
  selectEdge: (edgeId: string) => void;
}

const noop = () => undefined;

export const RouteCanvasContext = createContext<RouteCanvasActions>({
  insert: noop,
  addPath: noop,
  selectEdge: noop,
});

export const useCanvasActions = () => useContext(RouteCanvasContext);

/** The kinds the "+" menu and the palette offer, in DingTalk's order. */
export const INSERTABLE: readonly InsertableNodeType[] = [
  'approve',
  'notify',
  'handle',
  'branch',
  'parallel',
];

/** The palette's drag payload type, so a drop from elsewhere (a file, text) is ignored. */
export const PALETTE_MIME = 'application/x-signoff-route-node';
