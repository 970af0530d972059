import type { FormField } from '@signoff/schema';
import { localized } from './localized-text';
import { routeFromBpmn } from './route-from-bpmn';
import { routeFromJson } from './route-from-json';
import type { RouteRead } from './route-read';

/** What the file picker offers; BPMN modellers save `.bpmn`, some `.bpmn20.xml`. */
export const ROUTE_FILE_ACCEPT = '.json,.bpmn,.xml,application/json';

/** FileReader rather than Blob.text(): the same in every browser, and in jsdom, which lacks the latter. */
function fileText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('unreadable'));
    };
    reader.readAsText(file);
  });
}

/** A picked file as a route, read as JSON or as BPMN by its name; a foreign BPMN file's conditions go on `fields`. Never throws. */
export async function routeFromFile(
  file: File,
  ctx: { fields?: readonly FormField[] | undefined } = {},
): Promise<RouteRead> {
  const name = file.name.toLowerCase();
  const kind = name.endsWith('.json')
    ? 'json'
    : name.endsWith('.bpmn') || name.endsWith('.xml')
      ? 'bpmn'
      : undefined;
  if (!kind) return { ok: false, error: localized((s) => s.errors.fileKind, { name: file.name }) };
  let text: string;
  try {
    text = await fileText(file);
  } catch {
    return { ok: false, error: localized((s) => s.errors.fileRead, { name: file.name }) };
  }
  return kind === 'json' ? routeFromJson(text) : routeFromBpmn(text, ctx);
}
