import type { FlowDefinition } from '@signoff/flow';
import type { RouteOptions } from './route-command.js';

const idsIn = (list: unknown): string[] =>
  Array.isArray(list)
    ? list.flatMap((item: unknown) =>
        typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string'
          ? [item.id]
          : [],
      )
    : [];

/**
 * Fresh ids for new nodes (`n1`, `n2`…) and edges (`e1`…), never one the flow uses. Nodes and edges
 * share one id space because validateFlow reports an edge named like a node as a duplicate.
 * Each call of the returned function hands out a new id, so one source serves a whole session.
 */
export function routeIdSource(flow: FlowDefinition): RouteOptions['newId'] {
  const raw: unknown = flow;
  const taken = new Set<string>(
    typeof raw === 'object' && raw !== null
      ? [...idsIn((raw as { nodes?: unknown }).nodes), ...idsIn((raw as { edges?: unknown }).edges)]
      : [],
  );
  const next = { node: 1, edge: 1 };
  return (kind) => {
    const prefix = kind === 'node' ? 'n' : 'e';
    let id = `${prefix}${next[kind]}`;
    while (taken.has(id)) {
      next[kind]++;
      id = `${prefix}${next[kind]}`;
    }
    next[kind]++;
    taken.add(id);
    return id;
  };
}
