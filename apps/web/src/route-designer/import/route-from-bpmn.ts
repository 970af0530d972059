import type { Localized } from '@signoff/schema';
import { localized } from './localized-text';
import type { RouteRead } from './route-read';

/** bpmn-moddle's parse errors end in `line: n`, `column: n` (both from 0) and `nested error: why`. */
function xmlError(message: string): Localized {
  const line = /\bline: (\d+)/.exec(message)?.[1];
  const column = /\bcolumn: (\d+)/.exec(message)?.[1];
  const why = /nested error: ([^\n]+)/.exec(message)?.[1]?.trim() ?? message.split('\n')[0] ?? message;
  const what = localized((s) => (s.errors.xmlReasons as Record<string, string>)[why] ?? why);
  if (line === undefined || column === undefined) return localized((s) => s.errors.xml, { what });
  return localized((s) => s.errors.xmlAt, { line: Number(line) + 1, column: Number(column) + 1, what });
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * A BPMN file Signoff exported, read back into its route. `@signoff/bpmn` (and bpmn-moddle with it)
 * loads only when a file is picked, so the designer's chunk does not carry it. Malformed XML is told
 * with its line and column; a BPMN file from another modeller is refused with the reader's reason
 * (mapping foreign candidate groups is the later BPMN import's job).
 */
export async function routeFromBpmn(xml: string): Promise<RouteRead> {
  if (xml.trim() === '') return { ok: false, error: localized((s) => s.errors.empty) };
  const bpmn = await import('@signoff/bpmn');
  let definitions: unknown;
  try {
    ({ definitions } = await bpmn.readBpmn(xml));
  } catch (e) {
    const message = messageOf(e);
    // moddle parses well-formed XML of another kind, then says it is not <bpmn:Definitions>
    if (/failed to parse document as <bpmn:Definitions>/.test(message))
      return { ok: false, error: localized((s) => s.errors.notBpmn) };
    return { ok: false, error: xmlError(message) };
  }
  try {
    return { ok: true, flow: bpmn.readSignoffRoute(definitions) };
  } catch (e) {
    const what: Localized =
      e instanceof bpmn.BpmnReadError ? e.localized : { zh: messageOf(e), en: messageOf(e) };
    return { ok: false, error: localized((s) => s.errors.bpmn, { what }) };
  }
}
