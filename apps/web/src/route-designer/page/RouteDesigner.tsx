import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { Alert } from 'antd';
import type { RouteCommand } from '@signoff/designer';
import { modelProblems } from '@signoff/designer';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import type { DesignerAction } from '../../form-designer/page/designer-state';
import type { TemplateDesign } from '../../form-designer/page/use-template-design';
import { useStableHandlers } from '../../form-designer/page/use-stable-handlers';
import { useUndoKeys } from '../../form-designer/page/use-undo-keys';
import { useIsPhone } from '../../hooks/use-is-phone';
import { useLang } from '../../i18n/use-lang';
import { toast } from '../../layout/toast';
import { RouteCanvas, type RouteCanvasHandle } from '../canvas';
import type { Flow, LitRoute, RouteSelection } from '../canvas/route-canvas-types';
import type { RouteOrg } from '../settings';
import { initialRouteState, routeDesignerReducer } from './route-designer-state';
import { RoutePublishDialog } from './RoutePublishDialog';
import { RouteSidePanel, type SideTab } from './RouteSidePanel';
import { RouteToolbar } from './RouteToolbar';
import { useRouteLayout } from './use-route-layout';
import { useRouteAutosave } from './use-route-autosave';

/** The route designer once the template and the org are loaded: toolbar, canvas, side panel. */
export function RouteDesigner({
  design,
  org,
  onPublished,
}: {
  design: TemplateDesign;
  org: RouteOrg | undefined;
  onPublished: () => void;
}) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const phone = useIsPhone();
  const initialFlow = useMemo(() => design.flow as unknown as Flow, [design.flow]);
  const [state, send] = useReducer(
    routeDesignerReducer,
    {
      flow: initialFlow,
      options: { fields: design.model.fields, ...(org && { ranks: org.ranks.map((r) => r.name) }) },
    },
    initialRouteState,
  );
  const { history, selected } = state;
  const flow = history.flow;
  const autosave = useRouteAutosave(design, initialFlow, flow);
  const { layout, ms, error: layoutError } = useRouteLayout(flow);
  const [tab, setTab] = useState<SideTab>('settings');
  const [lit, setLit] = useState<LitRoute | null>(null);
  const [publishing, setPublishing] = useState(false);
  const canvas = useRef<RouteCanvasHandle>(null);
  const formProblems = modelProblems(design.model);

  const undoKeys = useCallback((a: DesignerAction) => {
    if (a.type === 'undo' || a.type === 'redo') send({ type: a.type });
  }, []);
  useUndoKeys(undoKeys, !publishing && !phone);

  const last = history.last;
  useEffect(() => {
    if (last.kind === 'refused')
      toast('warning', t('routeDesigner.refused', { message: pick(last.problem.message) }));
    // only a new step is news; a change of language does not repeat the warning
  }, [last]);

  const dispatch = useCallback((command: RouteCommand) => send({ type: 'command', command }), []);
  const onSelect = useCallback((selection: RouteSelection) => send({ type: 'select', selection }), []);
  const on = useStableHandlers({
    undo: () => send({ type: 'undo' }),
    redo: () => send({ type: 'redo' }),
    fitView: () => canvas.current?.fitView(),
    problems: () => setTab('problems'),
    retrySave: () => autosave.retry(),
    publish: () => setPublishing(true),
    openSettings: () => setTab('settings'),
    pickProblem: (selection: RouteSelection) => {
      send({ type: 'select', selection });
      canvas.current?.centre(selection);
    },
  });

  return (
    <div
      className={`fd-page rd-page${phone ? ' rd-phone' : ''}`}
      data-testid="route-designer"
      // how long the latest automatic layout took, for the benchmarks and the browser tests
      data-layout-ms={ms ?? undefined}
    >
      <RouteToolbar
        title={`${pick(design.title)} · ${t('routeDesigner.title')}`}
        templateId={design.templateId}
        canUndo={history.undoCount > 0}
        canRedo={history.redoCount > 0}
        problemCount={history.problems.length}
        save={autosave.state}
        readOnly={phone}
        onUndo={on.undo}
        onRedo={on.redo}
        onFitView={on.fitView}
        onProblems={on.problems}
        onRetrySave={on.retrySave}
        onPublish={on.publish}
      />
      {phone && (
        <p className="fd-phone-hint" role="note" data-testid="route-phone-hint">
          {t('routeDesigner.phoneHint')}
        </p>
      )}
      {layoutError !== null && (
        <Alert
          className="fd-banner"
          type="error"
          showIcon
          title={t('routeDesigner.layoutFailed', { error: errorText(layoutError, lang) })}
        />
      )}
      <div className="rd-panes">
        <RouteCanvas
          ref={canvas}
          flow={flow}
          layout={layout}
          problems={history.problems}
          selected={selected}
          lit={lit}
          fields={design.model.fields}
          org={org}
          dispatch={dispatch}
          onSelect={onSelect}
          onOpenSettings={on.openSettings}
          readOnly={phone}
        />
        {!phone && (
          <RouteSidePanel
            tab={tab}
            onTab={setTab}
            templateId={design.templateId}
            flow={flow}
            model={design.model}
            fields={design.model.fields}
            org={org}
            selected={selected}
            problems={history.problems}
            formProblems={formProblems}
            dispatch={dispatch}
            onPickProblem={on.pickProblem}
            onPath={setLit}
          />
        )}
      </div>
      {publishing && (
        <RoutePublishDialog
          design={design}
          model={design.model}
          flow={flow}
          org={org}
          routeProblems={history.problems}
          formProblems={formProblems}
          saved={!autosave.dirty}
          flush={autosave.flush}
          onClose={() => setPublishing(false)}
          onPublished={onPublished}
          onShowProblems={() => {
            setPublishing(false);
            setTab('problems');
          }}
        />
      )}
    </div>
  );
}
