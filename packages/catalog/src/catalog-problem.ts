import type { Localized } from '@signoff/schema';

/** One reason a catalog or template file cannot be imported, with the place to fix it. */
export interface CatalogProblem {
  /** the file, e.g. `templates/real-estate/10-re_leave.json` */
  file: string;
  /** dotted JSON path inside the file, e.g. `route.edges[3].condition.op`; empty for the whole file */
  path: string;
  message: Localized;
}

/** `/form/fields/2/type` (ajv) → `form.fields[2].type`, the style validateModel and validateFlow use. */
export function pointerToPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((acc, seg) => (/^\d+$/.test(seg) ? `${acc}[${seg}]` : acc === '' ? seg : `${acc}.${seg}`), '');
}

export const joinPath = (base: string, sub: string): string =>
  sub === '' ? base : base === '' ? sub : sub.startsWith('[') ? `${base}${sub}` : `${base}.${sub}`;

/** `file at path: message`, as one line in each language. */
export function describeProblem(p: CatalogProblem): Localized {
  const where = p.path === '' ? p.file : `${p.file} ${p.path}`;
  return { zh: `${where}：${p.message.zh}`, en: `${where}: ${p.message.en}` };
}
