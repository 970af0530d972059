import { describeProblem, type CatalogProblem } from '@signoff/catalog';
import { AppError } from '../trpc/app-error.js';

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
