import type { Localized } from '@signoff/schema';

export interface FlowCard {
  key: string;
  title: Localized;
  seedTitle?: string | undefined;
  steps: number;
}

/** What the wizard imports: a shipped catalog by code, or one uploaded template file (checked by the server). */
export type ImportSource =
  | { kind: 'shipped'; code: string; title: Localized; flows: FlowCard[] }
  | { kind: 'upload'; file: Record<string, unknown>; title: Localized; flows: FlowCard[] };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isLocalized = (v: unknown): v is Localized =>
  isRecord(v) && typeof v.zh === 'string' && typeof v.en === 'string';

/**
 * Reads an uploaded template file far enough to show its card (key, title, steps); null when it is
 * not one. The server checks it in depth when it is planned and imported.
 */
export function readTemplateFile(text: string): ImportSource | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(data) || typeof data.key !== 'string' || !isLocalized(data.title)) return null;
  const route = isRecord(data.route) && Array.isArray(data.route.nodes) ? data.route.nodes : [];
  const steps = route.filter(
    (n) => isRecord(n) && (n.type === 'approve' || n.type === 'handle' || n.type === 'notify'),
  ).length;
  return {
    kind: 'upload',
    file: data,
    title: data.title,
    flows: [{ key: data.key, title: data.title, steps }],
  };
}

/** The catalog and file parts of catalog.plan / catalog.import's input. */
export function sourceInput(s: ImportSource): { catalog: string; file?: Record<string, unknown> } {
  // the code is required by the input but ignored when a file is sent
  return s.kind === 'shipped' ? { catalog: s.code } : { catalog: 'upload', file: s.file };
}

/** Whether a card matches the search: its titles, code and its flows' titles and keys. */
export function matchesCatalog(
  s: { title: Localized; flows: FlowCard[]; code?: string },
  q: string,
): boolean {
  const needle = q.trim().toLowerCase();
  if (!needle) return true;
  return [
    s.title.zh,
    s.title.en,
    s.code ?? '',
    ...s.flows.flatMap((f) => [f.title.zh, f.title.en, f.key, f.seedTitle ?? '']),
  ].some((x) => x.toLowerCase().includes(needle));
}

/** The file name an export is saved under, as catalog folders name theirs. */
export const exportFileName = (key: string): string => `01-${key}.json`;
