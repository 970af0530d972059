import type { Localized } from '@signoff/schema';
import { importStrings, type ImportStrings } from './import.i18n';

type Param = string | number | Localized;

/**
 * One message in both languages, picked from the import bundle, so the pure readers return zh and
 * en together. A Localized parameter (a node's name) is filled in its own language.
 */
export function localized(pick: (s: ImportStrings) => string, params: Record<string, Param> = {}): Localized {
  const fill = (lang: 'zh' | 'en') =>
    pick(importStrings[lang]).replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
      const value = Object.hasOwn(params, name) ? params[name] : undefined;
      if (value === undefined) return whole;
      return typeof value === 'object' ? value[lang] : String(value);
    });
  return { zh: fill('zh'), en: fill('en') };
}

/** A node as the messages quote it: its name, or its id when it has none (a pasted route may lack names). */
export function nodeName(node: { id?: unknown; name?: unknown }): Localized {
  const id = typeof node.id === 'string' ? node.id : '?';
  const raw: Record<string, unknown> =
    typeof node.name === 'object' && node.name !== null ? (node.name as Record<string, unknown>) : {};
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
  const zh = text(raw.zh) ?? text(raw.en) ?? id;
  const en = text(raw.en) ?? text(raw.zh) ?? id;
  return { zh: `「${zh}」`, en: `"${en}"` };
}
