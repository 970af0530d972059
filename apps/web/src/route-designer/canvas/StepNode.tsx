import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { RouteFlowNode } from './route-canvas-types';

// hidden, not transparent: 1000 transparent handles are 1000 compositing effects in every frame
const HIDDEN_HANDLE = { visibility: 'hidden', pointerEvents: 'none' } as const;

/** The two ends every card has; hidden, since edges come from the route, not from dragging. */
export function NodeHandles() {
  return (
    <>
      <Handle type="target" position={Position.Top} isConnectable={false} style={HIDDEN_HANDLE} />
      <Handle type="source" position={Position.Bottom} isConnectable={false} style={HIDDEN_HANDLE} />
    </>
  );
}

export const litClass = (lit: string) => (lit === 'none' ? '' : ` rd-lit-${lit}`);

/**
 * A step as DingTalk draws it: a coloured header with the step's name (审批人 orange, 抄送人 blue,
 * 办理人 green, the applicant grey) and the approvers in words below; its problems in red.
 */
export const StepNode = memo(function StepNode({ id, data, selected }: NodeProps<RouteFlowNode>) {
  const { t } = useTranslation();
  const problem = data.problems.length > 0;
  const cls = `rd-card rd-card-${data.kind}${selected ? ' rd-selected' : ''}${problem ? ' rd-has-problem' : ''}${litClass(data.lit)}`;
  if (data.kind === 'start')
    // the applicant's card is a single grey line: there is nobody to pick, only who may apply
    return (
      <div
        className={cls}
        style={{ width: data.width, height: data.height }}
        data-testid={`route-node-${id}`}
        data-problem={problem ? 'true' : undefined}
        data-lit={data.lit}
        title={[data.who, ...data.problems].join('\n')}
      >
        <NodeHandles />
        <div className="rd-card-head rd-card-head-only">
          <span className="rd-card-title">{data.title}</span>
        </div>
      </div>
    );
  return (
    <div
      className={cls}
      style={{ width: data.width, height: data.height }}
      data-testid={`route-node-${id}`}
      data-problem={problem ? 'true' : undefined}
      data-lit={data.lit}
    >
      <NodeHandles />
      <div className="rd-card-head">
        <span className="rd-card-title">{data.title}</span>
        {data.mode && <span className="rd-badge">{data.mode}</span>}
      </div>
      <div className="rd-card-body" title={data.who}>
        {data.fragile && (
          <span className="rd-fragile" role="img" aria-label={t('routeDesigner.canvas.fragile')}>
            ⚠
          </span>
        )}
        <span className="rd-card-who">{data.who}</span>
      </div>
      {problem && (
        <div className="rd-card-problem" title={data.problems.join('\n')} data-testid="route-node-problem">
          {data.problems[0]}
          {data.problems.length > 1 && ` (+${data.problems.length - 1})`}
        </div>
      )}
      {data.lit === 'skipped' && <div className="rd-card-skipped">{t('routeDesigner.canvas.skipped')}</div>}
    </div>
  );
});
