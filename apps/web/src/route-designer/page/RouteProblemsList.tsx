import type { ModelProblem } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import type { FlowProblem, RouteSelection } from '../canvas/route-canvas-types';

const selectionOf = (p: FlowProblem): RouteSelection =>
  p.nodeId !== undefined ? { nodeId: p.nodeId } : p.edgeId !== undefined ? { edgeId: p.edgeId } : null;

/** The route's problems (a click selects and centres the node or edge), then the form's. */
export function RouteProblemsList({
  problems,
  formProblems,
  onPick,
}: {
  problems: readonly FlowProblem[];
  formProblems: readonly ModelProblem[];
  onPick: (selection: RouteSelection) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLang();
  return (
    <div data-testid="route-problems">
      {problems.length === 0 ? (
        <p className="fd-muted">{t('routeDesigner.problems.none')}</p>
      ) : (
        <ul className="fd-problems">
          {problems.map((p, i) => {
            const selection = selectionOf(p);
            return (
              <li key={`${p.code}/${p.nodeId ?? p.edgeId ?? p.path ?? ''}/${i}`}>
                <button
                  type="button"
                  className="fd-problem"
                  disabled={selection === null}
                  onClick={() => onPick(selection)}
                >
                  {pick(p.message)}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {formProblems.length > 0 && (
        <>
          <h3 className="rd-side-heading">{t('routeDesigner.problems.form')}</h3>
          <ul className="fd-problems">
            {formProblems.map((p, i) => (
              <li key={`${p.path}/${p.code}/${i}`} className="fd-problem">
                {pick(p.message)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
