import { useMemo } from 'react';
import { Button, Popconfirm } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Condition, FormField } from '@signoff/schema';
import { ConditionBuilder, describeRule } from '../../form-designer/condition-builder';
import { useLang } from '../../i18n/use-lang';
import { departmentNames, positionNames } from './approver-choices';
import { nodeName } from './branch-paths';
import { ProblemList } from './ProblemList';
import type { RouteOrg } from './route-org';
import type { FlowDefinition, FlowProblem, RouteDispatch } from './route-types';
import '../route-designer-i18n-load';
import './settings.i18n';
import './settings.css';

export interface EdgeSettingsPanelProps {
  flow: FlowDefinition;
  edgeId: string;
  fields: readonly FormField[];
  org: RouteOrg | undefined;
  problems: readonly FlowProblem[];
  dispatch: RouteDispatch;
}

/**
 * A branch's outgoing path: its condition through the form designer's builder (form fields and
 * the applicant's rank, department and positions), said in words as the canvas labels the path,
 * and removing the path. The default
 * path has no condition. Other connections have nothing to set.
 */
export function EdgeSettingsPanel({ flow, edgeId, fields, org, problems, dispatch }: EdgeSettingsPanelProps) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const s = (k: string, o?: Record<string, unknown>) => t(`routeSettings.edge.${k}`, o);
  const ranks = useMemo(() => org?.ranks.map((r) => r.name), [org]);
  const departments = useMemo(() => departmentNames(org), [org]);
  const positions = useMemo(() => positionNames(org), [org]);
  const edge = flow.edges.find((e) => e.id === edgeId);
  if (!edge) return <p className="rs-panel rs-hint">{s('missing')}</p>;
  const from = flow.nodes.find((n) => n.id === edge.from);
  const own = problems.filter((p) => p.edgeId === edgeId);
  const title = `${nodeName(flow, edge.from, lang)} → ${nodeName(flow, edge.to, lang)}`;
  const problemList = <ProblemList problems={own} lang={lang} title={s('problems', { count: own.length })} />;
  // the builder says the rule as the path's label on the canvas does, as it is being typed
  const phrase = {
    rule: (c: Condition | undefined) =>
      c === undefined ? t('routeDesigner.canvas.setCondition') : describeRule(c, fields, lang),
    none: s('unset'),
  };

  if (from?.type !== 'branch') {
    return (
      <div className="rs-panel" data-testid="edge-settings">
        <h3 className="rs-title">{title}</h3>
        {problemList}
        <p className="rs-hint">{s('none')}</p>
      </div>
    );
  }
  if (edge.isDefault === true) {
    return (
      <div className="rs-panel" data-testid="edge-settings">
        <h3 className="rs-title">{title}</h3>
        {problemList}
        <p className="rs-words" data-testid="edge-in-words">
          {s('defaultPath')}
        </p>
        <p className="rs-hint">{s('defaultHelp')}</p>
      </div>
    );
  }
  return (
    // keyed by edge: the builder keeps unfinished rows, which belong to the path they were typed on
    <div key={edgeId} className="rs-panel rs-edge" data-testid="edge-settings">
      <h3 className="rs-title">{title}</h3>
      {problemList}
      <section className="rs-section">
        <h4>{s('condition')}</h4>
        <ConditionBuilder
          phrase={phrase}
          value={edge.condition}
          onChange={(condition) => dispatch({ type: 'setCondition', edgeId, condition })}
          fields={fields}
          ranks={ranks}
          departments={departments}
          positions={positions}
          lang={lang}
        />
      </section>
      <Popconfirm
        title={s('removeConfirm')}
        okText={s('removeOk')}
        cancelText={s('cancel')}
        okButtonProps={{ danger: true }}
        onConfirm={() => dispatch({ type: 'removePath', edgeId })}
      >
        <Button danger size="small" icon={<DeleteOutlined />}>
          {s('remove')}
        </Button>
      </Popconfirm>
    </div>
  );
}
