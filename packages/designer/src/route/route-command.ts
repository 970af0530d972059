import type { FlowDefinition, FlowNode, FlowProblem, StepOptions } from '@signoff/flow';
import type { ApproverExpression } from '@signoff/org';
import type { Condition, Localized } from '@signoff/schema';

/** The node kinds an officer can insert on an edge; `branch` and `parallel` insert a whole block. */
export type InsertableNodeType = 'approve' | 'notify' | 'handle' | 'branch' | 'parallel';

/**
 * An edit of a route. Every command names what it acts on by id; ids of new nodes and edges come
 * from `RouteOptions.newId`, so the core stays pure and tests are deterministic.
 */
export type RouteCommand =
  /** a node on the edge `edgeId` (the edge now ends at the new node, a new edge leaves it). A
   * `branch` inserts a branch node with one conditional and one default path that meet again where
   * the edge led; a `parallel` a split and a join with two lanes. */
  | { type: 'insertNode'; edgeId: string; nodeType: InsertableNodeType; name?: Localized }
  /** removes the node and heals the route: its one incoming edge is joined to its one outgoing edge.
   * Removing a branch or a parallel split removes its whole block (every node between it and where
   * its paths meet) and reconnects what was before to what was after. Start and end are refused. */
  | { type: 'removeNode'; nodeId: string }
  /** another conditional path on a branch (before the default), or another lane on a parallel split */
  | { type: 'addPath'; nodeId: string }
  /** removes one path of a branch or lane of a split, with the nodes only on it; a block left with a
   * single path is refused (remove the block instead); the default path cannot be removed */
  | { type: 'removePath'; edgeId: string }
  /** the branch's conditional edges in this evaluation order (ids of all of them; the default stays last) */
  | { type: 'reorderConditions'; nodeId: string; edgeIds: string[] }
  | { type: 'setCondition'; edgeId: string; condition: Condition | undefined }
  | { type: 'renameNode'; nodeId: string; name: Localized }
  | { type: 'setApprovers'; nodeId: string; approvers: ApproverExpression }
  /** the node's settings: for approve and handle nodes `StepOptions` and (approve) the mode; for
   * notify nodes only `fieldPermissions`. Keys set to `undefined` are removed. */
  | { type: 'setNodeSettings'; nodeId: string; patch: RouteNodePatch }
  /** a manual nudge of the node on the canvas, kept across automatic layouts */
  | { type: 'nudgeNode'; nodeId: string; offset: { x: number; y: number } | undefined }
  /** the whole route replaced (the JSON view, an import); one undoable step */
  | { type: 'replaceFlow'; flow: FlowDefinition };

export type RouteCommandType = RouteCommand['type'];

export type RouteNodePatch = { [K in keyof StepOptions]?: StepOptions[K] | undefined } & {
  mode?: Extract<FlowNode, { type: 'approve' }>['mode'];
};

export interface RouteOptions {
  /** a fresh id for a new node or edge, e.g. `n7`; called once per id needed */
  newId: (kind: 'node' | 'edge') => string;
}

/** What a command changed, for the canvas to redraw, select and announce. */
export interface RouteChanges {
  addedNodes: string[];
  removedNodes: string[];
  changedNodes: string[];
  addedEdges: string[];
  removedEdges: string[];
  changedEdges: string[];
  /** what the UI should select after the command (the new node, the healed edge's target…) */
  select?: { nodeId: string } | { edgeId: string } | null;
}

export type RouteCommandProblemCode =
  | 'unknown_node'
  | 'unknown_edge'
  | 'not_removable'
  | 'last_path'
  | 'default_path'
  | 'not_a_block'
  | 'bad_order'
  | 'not_applicable'
  /** the current or the replacing flow is not shaped like a route (ids, types and ends missing, ids repeated) */
  | 'invalid_flow'
  /** not a route command, or one whose fields have the wrong shape (JSON, a stale client) */
  | 'invalid_command';

/** Why a command was refused; the route is unchanged. */
export interface RouteCommandProblem {
  code: RouteCommandProblemCode;
  message: Localized;
}

export type RouteCommandResult =
  { ok: true; flow: FlowDefinition; changed: RouteChanges } | { ok: false; problem: RouteCommandProblem };

/** The designer's state over a route: like `FormHistory`, immutable, with problems after every step. */
export interface RouteHistory {
  readonly flow: FlowDefinition;
  /** `validateFlow(flow, …)`, worked out on first read and kept */
  readonly problems: readonly FlowProblem[];
  readonly last:
    | { kind: 'created' }
    | { kind: 'changed' | 'undone' | 'redone'; changed: RouteChanges }
    | { kind: 'refused'; problem: RouteCommandProblem };
  readonly undoCount: number;
  readonly redoCount: number;
}
