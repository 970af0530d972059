import { Checkbox, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RouteNodePatch, StepNode } from './route-types';
import { actionOn, actionPatch, optionalActions } from './step-patches';

/** What the step's assignees may do besides deciding, whether they sign, and when the step is skipped. */
export function StepActions({ node, patch }: { node: StepNode; patch: (p: RouteNodePatch) => void }) {
  const { t } = useTranslation();
  const s = (k: string) => t(`routeSettings.${k}`);
  return (
    <>
      <section className="rs-section">
        <h4>{s('actions.title')}</h4>
        <p className="rs-hint">{s('actions.implied')}</p>
        <div className="rs-checks">
          {optionalActions(node).map((a) => (
            <Checkbox
              key={a}
              checked={actionOn(node, a)}
              onChange={(e) => patch(actionPatch(node, a, e.target.checked))}
            >
              {s(`actions.${a}`)}
            </Checkbox>
          ))}
        </div>
        {node.type === 'approve' && <p className="rs-hint">{s('actions.acknowledgeHelp')}</p>}
        <label className="rs-row rs-row-inline">
          <span className="rs-label">{s('actions.signature')}</span>
          <Switch
            size="small"
            checked={node.signatureRequired === true}
            aria-label={s('actions.signature')}
            onChange={(on) => patch({ signatureRequired: on || undefined })}
          />
        </label>
      </section>
      <section className="rs-section">
        <h4>{s('skip.title')}</h4>
        <div className="rs-checks rs-checks-column">
          {/* on by default, so "on" is stored as nothing and only a rule turned off is written */}
          <Checkbox
            checked={node.skipApplicant !== false}
            onChange={(e) => patch({ skipApplicant: e.target.checked ? undefined : false })}
          >
            {s('skip.applicant')}
          </Checkbox>
          <Checkbox
            checked={node.skipPrevious !== false}
            onChange={(e) => patch({ skipPrevious: e.target.checked ? undefined : false })}
          >
            {s('skip.previous')}
          </Checkbox>
          <Checkbox
            checked={node.skipApprovedOnResubmit === true}
            onChange={(e) => patch({ skipApprovedOnResubmit: e.target.checked || undefined })}
          >
            {s('skip.resubmit')}
          </Checkbox>
        </div>
        <p className="rs-hint">{s('skip.help')}</p>
      </section>
    </>
  );
}
