import { useTranslation } from 'react-i18next';
import type { FormField, Localized } from '@signoff/schema';
import { useLang } from '../../i18n/use-lang';
import { ApproveModeSetting } from './ApproveModeSetting';
import { ApproverPicker } from './ApproverPicker';
import { BranchPathList, ParallelLaneList } from './BranchPathList';
import { CommitInput } from './CommitInput';
import { FieldPermissionsTable } from './FieldPermissionsTable';
import { ProblemList } from './ProblemList';
import type { RouteOrg } from './route-org';
import type { FlowDefinition, FlowProblem, RouteDispatch, RouteNodePatch } from './route-types';
import { StepActions } from './StepActions';
import { StepTiming } from './StepTiming';
import './settings.i18n';
import './settings.css';

export interface NodeSettingsPanelProps {
  flow: FlowDefinition;
  nodeId: string;
  /** the form's fields: for category and person fields, conditions and field permissions */
  fields: readonly FormField[];
  /** the tenant's org; undefined while it loads */
  org: RouteOrg | undefined;
  /** the route's problems; those of this node are listed on top */
  problems: readonly FlowProblem[];
  dispatch: RouteDispatch;
}

const asIs = (text: string) => ({ ok: true as const, value: text });
const same = (text: string) => text;

/**
 * The selected node's settings. Every change is one route command (`renameNode`, `setApprovers`,
 * `setNodeSettings`, `reorderConditions`, `addPath`), so each is one undo step.
 */
export function NodeSettingsPanel({ flow, nodeId, fields, org, problems, dispatch }: NodeSettingsPanelProps) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const node = flow.nodes.find((n) => n.id === nodeId);
  if (!node) return <p className="rs-panel rs-hint">{t('routeSettings.node.missing')}</p>;
  const own = problems.filter((p) => p.nodeId === nodeId);
  const patch = (p: RouteNodePatch) => dispatch({ type: 'setNodeSettings', nodeId, patch: p });
  const rename = (name: Localized) => dispatch({ type: 'renameNode', nodeId, name });
  const help = { start: 'starter', end: 'endHelp', join: 'joinHelp', notify: 'notifyHelp' } as const;
  const helpKey = node.type in help ? help[node.type as keyof typeof help] : undefined;

  return (
    // keyed by node, so a half-typed name or a half-picked approver does not follow the selection
    <div key={nodeId} className="rs-panel" data-testid="node-settings">
      <h3 className="rs-title">{t(`routeSettings.node.types.${node.type}`)}</h3>
      <ProblemList
        problems={own}
        lang={lang}
        title={t('routeSettings.node.problems', { count: own.length })}
      />
      <section className="rs-section">
        <CommitInput<string>
          label={t('routeSettings.node.nameZh')}
          value={node.name.zh}
          show={same}
          parse={asIs}
          testId="node-name-zh"
          onCommit={(zh) => rename({ ...node.name, zh })}
        />
        <CommitInput<string>
          label={t('routeSettings.node.nameEn')}
          value={node.name.en}
          show={same}
          parse={asIs}
          testId="node-name-en"
          onCommit={(en) => rename({ ...node.name, en })}
        />
      </section>
      {helpKey && (
        <p className="rs-hint" data-testid="node-help">
          {t(`routeSettings.node.${helpKey}`)}
        </p>
      )}
      {(node.type === 'approve' || node.type === 'handle' || node.type === 'notify') && (
        <section className="rs-section">
          <h4>{t(`routeSettings.node.approvers.${node.type}`)}</h4>
          <ApproverPicker
            value={node.approvers}
            fields={fields}
            org={org}
            onChange={(approvers) => dispatch({ type: 'setApprovers', nodeId, approvers })}
          />
        </section>
      )}
      {node.type === 'approve' && (
        <ApproveModeSetting mode={node.mode} onChange={(mode) => patch({ mode })} />
      )}
      {(node.type === 'approve' || node.type === 'handle') && (
        <>
          <StepTiming node={node} patch={patch} />
          <StepActions node={node} patch={patch} />
        </>
      )}
      {(node.type === 'approve' || node.type === 'handle' || node.type === 'notify') && (
        <FieldPermissionsTable
          fields={fields}
          value={node.fieldPermissions}
          lang={lang}
          onChange={(fieldPermissions) => patch({ fieldPermissions })}
        />
      )}
      {node.type === 'branch' && (
        <BranchPathList flow={flow} nodeId={nodeId} fields={fields} dispatch={dispatch} lang={lang} />
      )}
      {node.type === 'parallel' && (
        <ParallelLaneList flow={flow} nodeId={nodeId} dispatch={dispatch} lang={lang} />
      )}
    </div>
  );
}
