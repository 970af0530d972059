import { lineColumn, readJson } from '../../form-designer/advanced-view/json-text';
import { localized } from './localized-text';
import { routeIn, type RouteRead } from './route-read';

/**
 * Pasted text or a .json file as a route. A syntax error is told with its line and column (the
 * browser's JSON.parse messages differ and do not always say where); a value that is not a route
 * is refused. Pure; never throws.
 */
export function routeFromJson(text: string): RouteRead {
  if (text.trim() === '') return { ok: false, error: localized((s) => s.errors.empty) };
  const read = readJson(text);
  if (!read.ok) {
    const { code, offset, found } = read.error;
    const { line, column } = lineColumn(text, offset);
    const what = localized((s) => s.errors.json[code], { found: found ?? '' });
    return { ok: false, error: localized((s) => s.errors.jsonAt, { line, column, what }) };
  }
  const flow = routeIn(read.value);
  return flow ? { ok: true, flow } : { ok: false, error: localized((s) => s.errors.notRoute) };
}
