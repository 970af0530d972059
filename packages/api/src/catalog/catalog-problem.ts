import { AppError, type Localized } from '../trpc/app-error.js';

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

const SHOWN = 5;

/**
 * The error an import refuses with: the first few problems in the message (a CLI user reads it
 * at once), every problem as a field error with its place (the wizard marks them all).
 */
export function catalogRefused(problems: readonly CatalogProblem[]): AppError {
  const lines = problems.slice(0, SHOWN).map(describeProblem);
  const more = problems.length - lines.length;
  const zh = `模板未导入，共 ${problems.length} 个问题：${lines.map((l) => l.zh).join('；')}${more > 0 ? `；另有 ${more} 个` : ''}`;
  const en = `Nothing was imported; ${problems.length} problem${problems.length === 1 ? '' : 's'}: ${lines.map((l) => l.en).join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
  return new AppError(
    'validation_failed',
    'errors.catalogInvalid',
    { zh, en },
    problems.map((p) => ({ path: p.path === '' ? p.file : `${p.file}#${p.path}`, message: p.message })),
  );
}
