import { useTranslation } from 'react-i18next';
import type { ModelTextProblem } from './model-text';
import { problemText } from './problem-text';

/** More would push the editor off the screen; the editor underlines them all. */
const SHOWN = 8;

/** Why the JSON was not applied: each problem with its line and column, in the order they stand. */
export function ProblemLines({ problems }: { problems: readonly ModelTextProblem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <div className="fd-json-problems" role="alert" data-testid="json-problems">
      <strong>{t('designerJson.notApplied', { count: problems.length })}</strong>
      <ul>
        {problems.slice(0, SHOWN).map((p, i) => {
          const { where, what } = problemText(p, t);
          return (
            <li key={`${p.line}:${p.column}:${i}`}>
              <span className="fd-json-where">{where}</span> {what}
            </li>
          );
        })}
        {problems.length > SHOWN && <li>{t('designerJson.more', { count: problems.length - SHOWN })}</li>}
      </ul>
    </div>
  );
}
