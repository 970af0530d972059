import { useRef } from 'react';
import type { RouteCommand } from '@signoff/designer';
import type { FormField, FormModel, ModelProblem } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { SideTabs } from '../../form-designer/page/SideTabs';
import type { Flow, FlowProblem, LitRoute, RouteSelection } from '../canvas/route-canvas-types';
import { EdgeSettingsPanel, NodeSettingsPanel, type RouteOrg } from '../settings';
import { SimulationPanel, type SimulationMemory } from '../simulation';
import { RouteProblemsList } from './RouteProblemsList';

export type SideTab = 'settings' | 'problems' | 'simulate';

export interface RouteSidePanelProps {
  tab: SideTab;
  onTab: (tab: SideTab) => void;
  templateId: string;
  flow: Flow;
  model: FormModel;
  fields: readonly FormField[];
  org: RouteOrg | undefined;
  selected: RouteSelection;
  problems: readonly FlowProblem[];
  formProblems: readonly ModelProblem[];
  dispatch: (cmd: RouteCommand) => void;
  onPickProblem: (selection: RouteSelection) => void;
  onPath: (lit: LitRoute | null) => void;
}

/** 设置 (D's panels for the selection) | 问题 | 模拟 (E's panel, whose path lights the canvas). */
export function RouteSidePanel(p: RouteSidePanelProps) {
  const { t } = useTranslation();
  // only the open tab is mounted: the simulation's applicant and sample answers outlive its tab here
  const simulationMemory = useRef<SimulationMemory>({ picked: null, typed: null });
  const sel = p.selected;
  const settings =
    sel === null ? (
      <p className="fd-muted rd-side-hint">{t('routeDesigner.side.pickSomething')}</p>
    ) : 'nodeId' in sel ? (
      <NodeSettingsPanel
        key={sel.nodeId}
        flow={p.flow}
        nodeId={sel.nodeId}
        fields={p.fields}
        org={p.org}
        problems={p.problems}
        dispatch={p.dispatch}
      />
    ) : (
      <EdgeSettingsPanel
        key={sel.edgeId}
        flow={p.flow}
        edgeId={sel.edgeId}
        fields={p.fields}
        org={p.org}
        problems={p.problems}
        dispatch={p.dispatch}
      />
    );
  return (
    <aside className="fd-side rd-side" aria-label={t('routeDesigner.side.settings')}>
      <SideTabs
        idPrefix="rd-side"
        active={p.tab}
        onChange={p.onTab}
        tabs={[
          { key: 'settings', label: t('routeDesigner.side.settings'), content: settings },
          {
            key: 'problems',
            label: `${t('routeDesigner.side.problems')} (${p.problems.length + p.formProblems.length})`,
            content: (
              <RouteProblemsList
                problems={p.problems}
                formProblems={p.formProblems}
                onPick={p.onPickProblem}
              />
            ),
          },
          {
            key: 'simulate',
            label: t('routeDesigner.side.simulate'),
            content: (
              <SimulationPanel
                templateId={p.templateId}
                flow={p.flow}
                model={p.model}
                org={p.org}
                onPath={p.onPath}
                memory={simulationMemory.current}
                onMemory={(m) => {
                  simulationMemory.current = m;
                }}
              />
            ),
          },
        ]}
      />
    </aside>
  );
}
