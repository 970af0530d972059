import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { RouteFlowNode } from './route-canvas-types';
import { useCanvasActions } from './route-canvas-context';
import { litClass, NodeHandles } from './StepNode';

/**
 * Branch, parallel split and join as small pills, and the end of the route; a branch or split
 * carries its "+ 添加条件" / "+ 添加分支" button.
 */
export const GatewayNode = memo(function GatewayNode({ id, data, selected }: NodeProps<RouteFlowNode>) {
  const actions = useCanvasActions();
  const problem = data.problems.length > 0;
  const cls = `rd-pill rd-pill-${data.kind}${selected ? ' rd-selected' : ''}${problem ? ' rd-has-problem' : ''}${litClass(data.lit)}`;
  return (
    <div
      className={cls}
      style={{ width: data.width, height: data.height }}
      data-testid={`route-node-${id}`}
      data-problem={problem ? 'true' : undefined}
      data-lit={data.lit}
      title={problem ? data.problems.join('\n') : undefined}
    >
      <NodeHandles />
      <span className="rd-pill-title">{data.title}</span>
      {data.addPathLabel && (
        <button
          type="button"
          className="rd-pill-add nodrag"
          onClick={(e) => {
            e.stopPropagation();
            actions.addPath(id);
          }}
          data-testid={`route-add-path-${id}`}
        >
          {data.addPathLabel}
        </button>
      )}
      {problem && (
        <div className="rd-pill-problem" data-testid="route-node-problem">
          {data.problems[0]}
          {data.problems.length > 1 && ` (+${data.problems.length - 1})`}
        </div>
      )}
    </div>
  );
});
