import type { TFunction } from 'i18next';
import type { ModelTextProblem } from './model-text';

/** A problem of the JSON text in the page's language: what is wrong, and where. */
export function problemText(p: ModelTextProblem, t: TFunction): { where: string; what: string } {
  const values =
    p.code === 'wrongType'
      ? { ...p.values, type: t(`designerJson.types.${p.values.type ?? 'object'}`) }
      : p.values;
  const at = t('designerJson.at', { line: p.line, column: p.column });
  return {
    where: p.path === '' ? at : `${at} · ${p.path}`,
    what: t(`designerJson.problem.${p.code}`, values),
  };
}
