import { Button } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { FormField, Locale } from '@signoff/schema';
import { describeRule } from '../../form-designer/condition-builder';
import { branchPaths, movedOrder, nodeName } from './branch-paths';
import type { FlowDefinition, RouteDispatch } from './route-types';

interface PathListProps {
  flow: FlowDefinition;
  nodeId: string;
  fields: readonly FormField[];
  dispatch: RouteDispatch;
  lang: Locale;
}

/** A branch's conditions in the order they are tried, with up/down to reorder and a new one before the default. */
export function BranchPathList({ flow, nodeId, fields, dispatch, lang }: PathListProps) {
  const { t } = useTranslation();
  const s = (k: string, o?: Record<string, unknown>) => t(`routeSettings.branch.${k}`, o);
  const { conditional, fallback } = branchPaths(flow, nodeId);
  const ids = conditional.map((e) => e.id);
  const move = (i: number, delta: -1 | 1) => {
    const edgeIds = movedOrder(ids, i, delta);
    if (edgeIds) dispatch({ type: 'reorderConditions', nodeId, edgeIds });
  };
  return (
    <section className="rs-section">
      <h4>{s('title')}</h4>
      <ol className="rs-paths" data-testid="branch-conditions">
        {conditional.map((e, i) => (
          <li key={e.id} className="rs-path" data-testid={`branch-condition-${e.id}`}>
            <span className="rs-path-text">
              <span className={e.condition ? undefined : 'rs-error'}>
                {e.condition ? describeRule(e.condition, fields, lang) : s('unset')}
              </span>
              <span className="rs-hint"> · {s('to', { name: nodeName(flow, e.to, lang) })}</span>
            </span>
            <Button
              type="text"
              size="small"
              icon={<ArrowUpOutlined />}
              aria-label={s('up', { n: i + 1 })}
              disabled={i === 0}
              onClick={() => move(i, -1)}
            />
            <Button
              type="text"
              size="small"
              icon={<ArrowDownOutlined />}
              aria-label={s('down', { n: i + 1 })}
              disabled={i === conditional.length - 1}
              onClick={() => move(i, 1)}
            />
          </li>
        ))}
        {fallback && (
          <li className="rs-path rs-path-default">
            <span className="rs-path-text">
              {s('otherwise')}
              <span className="rs-hint"> · {s('to', { name: nodeName(flow, fallback.to, lang) })}</span>
            </span>
          </li>
        )}
      </ol>
      <Button type="dashed" size="small" onClick={() => dispatch({ type: 'addPath', nodeId })}>
        {s('addCondition')}
      </Button>
    </section>
  );
}

/** A parallel split's lanes, and another one. */
export function ParallelLaneList({ flow, nodeId, dispatch, lang }: Omit<PathListProps, 'fields'>) {
  const { t } = useTranslation();
  const lanes = flow.edges.filter((e) => e.from === nodeId);
  return (
    <section className="rs-section">
      <h4>{t('routeSettings.parallel.title')}</h4>
      <ol className="rs-paths">
        {lanes.map((e, i) => (
          <li key={e.id} className="rs-path">
            {t('routeSettings.parallel.lane', { n: i + 1, name: nodeName(flow, e.to, lang) })}
          </li>
        ))}
      </ol>
      <Button type="dashed" size="small" onClick={() => dispatch({ type: 'addPath', nodeId })}>
        {t('routeSettings.parallel.addLane')}
      </Button>
    </section>
  );
}
