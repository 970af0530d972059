import type { Localized } from '@signoff/schema';
import type { FlowEdge, FlowNode } from './flow-definition.js';

type Named = Pick<FlowNode, 'id'> & { name?: unknown };

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** A node as messages quote it: its name in each language, or its id when the name is missing. */
export function nodeLabel(node: Named | undefined, fallbackId = '?'): Localized {
  const id = node?.id ?? fallbackId;
  const raw = node?.name as Partial<Localized> | undefined;
  const zh = isText(raw?.zh) ? raw.zh : isText(raw?.en) ? raw.en : id;
  const en = isText(raw?.en) ? raw.en : isText(raw?.zh) ? raw.zh : id;
  return { zh: `「${zh}」`, en: `"${en}"` };
}

/** An edge as messages quote it: its two ends. */
export function edgeLabel(edge: Pick<FlowEdge, 'from' | 'to'>, nodes: ReadonlyMap<string, Named>): Localized {
  const from = nodeLabel(nodes.get(edge.from), edge.from);
  const to = nodeLabel(nodes.get(edge.to), edge.to);
  return { zh: `${from.zh}→${to.zh}`, en: `${from.en} → ${to.en}` };
}
