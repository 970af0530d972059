import { fieldOfProblem } from '@signoff/designer';
import type { FormModel, ModelProblem } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import type { DesignerAction } from './designer-state';

/** The model's problems in the page's language; a click selects the field the problem is about. */
export function ProblemsList({
  model,
  problems,
  send,
  onPicked,
}: {
  model: FormModel;
  problems: readonly ModelProblem[];
  send: (action: DesignerAction) => void;
  onPicked: () => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLang();
  if (problems.length === 0)
    return (
      <p className="fd-muted" data-testid="designer-problems">
        {t('designerPage.problems.none')}
      </p>
    );
  return (
    <ul className="fd-problems" data-testid="designer-problems">
      {problems.map((p, i) => {
        const field = fieldOfProblem(model, p);
        return (
          <li key={`${p.path}/${p.code}/${i}`}>
            <button
              type="button"
              className="fd-problem"
              disabled={field === undefined}
              onClick={() => {
                if (field === undefined) return;
                send({ type: 'select', field });
                onPicked();
              }}
            >
              {pick(p.message)}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
