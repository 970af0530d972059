import type { MapKind } from './MapChoice';

/** The wizard's choices, sent to catalog.plan and catalog.import as `mapping`: needed name → the company's id. */
export interface CatalogMapping {
  departments?: Record<string, string>;
  positions?: Record<string, string>;
  ranks?: Record<string, string>;
}

const FIELD = { department: 'departments', position: 'positions', rank: 'ranks' } as const;

/** The mapping with one choice changed; an empty id ("create it") drops the choice, and empty kinds are left out. */
export function withChoice(mapping: CatalogMapping, kind: MapKind, name: string, id: string): CatalogMapping {
  const field = FIELD[kind];
  const next: Record<string, string> = { ...mapping[field] };
  if (id === '') delete next[name];
  else next[name] = id;
  const out: CatalogMapping = { ...mapping };
  if (Object.keys(next).length > 0) out[field] = next;
  else delete out[field];
  return out;
}

/** The mapping as an input field: absent when nothing was chosen, so a plain plan's input stays as it was. */
export const mappingInput = (mapping: CatalogMapping): { mapping?: CatalogMapping } =>
  Object.keys(mapping).length > 0 ? { mapping } : {};
