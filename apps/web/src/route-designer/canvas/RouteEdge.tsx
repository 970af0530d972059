import { memo, useCallback, useState } from 'react';
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { RouteFlowEdge } from './route-canvas-types';
import { useCanvasActions } from './route-canvas-context';
import { polylinePath, toolAnchor } from './edge-geometry';
import { InsertMenu } from './InsertMenu';
import { branchToolsAnchor, TOOLS_HALF } from './route-canvas-model';

/**
 * An edge of the route: an orthogonal line, a "+" in its middle that opens the insert menu, and on a
 * branch's paths the condition in words ("默认" for the default, a red "请设置条件" when missing).
 */
export const RouteEdge = memo(function RouteEdge(p: EdgeProps<RouteFlowEdge>) {
  const { t } = useTranslation();
  const actions = useCanvasActions();
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const [stepPath, midX, midY] = getSmoothStepPath({
    sourceX: p.sourceX,
    sourceY: p.sourceY,
    sourcePosition: p.sourcePosition,
    targetX: p.targetX,
    targetY: p.targetY,
    targetPosition: p.targetPosition,
    borderRadius: 8,
  });
  const data = p.data;
  const label = data?.label;
  const points = data?.points;
  const path = points ? polylinePath(points) : stepPath;
  // a branch path's tools go just above the path's first node, where its column starts
  const anchor = points
    ? label
      ? branchToolsAnchor(points, label, data?.toMerge === true)
      : toolAnchor(points)
    : label
      ? { x: p.targetX, y: p.targetY - TOOLS_HALF - 4 }
      : { x: midX, y: midY };
  const { x, y } = anchor;
  const lit = data?.lit ?? 'none';
  const problem = (data?.problems.length ?? 0) > 0;
  const cls = [
    'rd-edge',
    p.selected && 'rd-selected',
    problem && 'rd-has-problem',
    data?.dropTarget && 'rd-drop-target',
    lit !== 'none' && `rd-lit-${lit}`,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <BaseEdge id={p.id} path={path} className={cls} interactionWidth={24} />
      <EdgeLabelRenderer>
        <div
          className={`rd-edge-tools nodrag nopan${open ? ' rd-open' : ''}${lit !== 'none' ? ` rd-lit-${lit}` : ''}`}
          style={{ left: x, top: y }}
          data-edge-id={p.id}
        >
          <div className="rd-edge-tools-box">
            {label && (
              <button
                type="button"
                className={`rd-edge-label rd-edge-label-${label.tone}${p.selected ? ' rd-selected' : ''}`}
                onClick={() => actions.selectEdge(p.id)}
                title={label.full ?? label.text}
                aria-label={label.full}
                style={label.maxWidth === undefined ? undefined : { maxWidth: label.maxWidth }}
                data-testid={`route-edge-label-${p.id}`}
              >
                <span className="rd-edge-label-text">{label.text}</span>
              </button>
            )}
            {problem && !label && (
              <span className="rd-edge-problem" title={data?.problems.join('\n')}>
                {data?.problems[0]}
              </span>
            )}
            <button
              type="button"
              className={`rd-plus${data?.dropTarget ? ' rd-drop-target' : ''}`}
              aria-label={t('routeDesigner.canvas.add')}
              aria-haspopup="menu"
              aria-expanded={open}
              onClick={() => setOpen((o) => !o)}
              data-testid={`route-plus-${p.id}`}
              title={data?.dropTarget ? t('routeDesigner.canvas.dropHere') : t('routeDesigner.canvas.add')}
            >
              +
            </button>
            {open && (
              <InsertMenu
                onClose={close}
                onPick={(kind) => {
                  setOpen(false);
                  actions.insert(p.id, kind);
                }}
              />
            )}
          </div>
        </div>
      </EdgeLabelRenderer>
    </>
  );
});
