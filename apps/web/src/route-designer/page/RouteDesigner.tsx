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
import { orgReferenceProblems, RouteImportDialog, RouteTextDialog } from '../import';
import type { RouteOrg } from '../settings';
import { RouteVersionsDrawer, useBpmnDownload } from '../versions';
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
  const autosave = useRouteAutosave(design, flow);
  const { layout, ms, error: layoutError } = useRouteLayout(flow);
  const [tab, setTab] = useState<SideTab>('settings');
  const [lit, setLit] = useState<LitRoute | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [importing, setImporting] = useState(false);
  const [fromText, setFromText] = useState(false);
  // the version being restored, told once its replaceFlow has gone through (a refusal says so itself)
  const restoring = useRef<number | null>(null);
  const bpmn = useBpmnDownload({ templateKey: design.key, title: design.title, flow, layout });
  const canvas = useRef<RouteCanvasHandle>(null);
  const formProblems = modelProblems(design.model);
  // the route's own problems and the names the org does not have: both drawn, both block publishing
  const problems = useMemo(
    () => (org ? [...history.problems, ...orgReferenceProblems(flow, org)] : history.problems),
    [history.problems, flow, org],
  );

  const undoKeys = useCallback((a: DesignerAction) => {
    if (a.type === 'undo' || a.type === 'redo') send({ type: a.type });
  }, []);
  useUndoKeys(undoKeys, !publishing && !phone);

  const last = history.last;
  useEffect(() => {
    const restored = restoring.current;
    restoring.current = null;
    if (last.kind === 'refused')
      toast('warning', t('routeDesigner.refused', { message: pick(last.problem.message) }));
    else if (restored !== null && last.kind === 'changed')
      toast('success', t('routeDesigner.versions.restored', { version: restored }));
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
    versions: () => setVersionsOpen(true),
    import: () => setImporting(true),
    closeImport: () => setImporting(false),
    fromText: () => setFromText(true),
    closeFromText: () => setFromText(false),
    imported: (imported: Flow) => send({ type: 'command', command: { type: 'replaceFlow', flow: imported } }),
    closeVersions: () => setVersionsOpen(false),
    downloadBpmn: () => void bpmn.download(),
    restore: (restored: Flow, version: number) => {
      restoring.current = version;
      send({ type: 'command', command: { type: 'replaceFlow', flow: restored } });
    },
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
        problemCount={problems.length}
        save={autosave.state}
        readOnly={phone}
        onUndo={on.undo}
        onRedo={on.redo}
        onFitView={on.fitView}
        onProblems={on.problems}
        onRetrySave={on.retrySave}
        onPublish={on.publish}
        onVersions={on.versions}
        onDownloadBpmn={on.downloadBpmn}
        bpmnBusy={bpmn.busy}
        onImport={on.import}
        onFromText={on.fromText}
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
          problems={problems}
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
            problems={problems}
            formProblems={formProblems}
            dispatch={dispatch}
            onPickProblem={on.pickProblem}
            onPath={setLit}
          />
        )}
      </div>
      <RouteImportDialog
        open={importing}
        onClose={on.closeImport}
        onImport={on.imported}
        fields={design.model.fields}
        org={org}
        routeKey={flow.key}
      />
      <RouteTextDialog
        open={fromText}
        onClose={on.closeFromText}
        onAccept={on.imported}
        form={design.model}
        org={org}
        routeKey={flow.key}
      />
      {versionsOpen && (
        <RouteVersionsDrawer
          templateId={design.templateId}
          basedOnVersion={design.basedOnVersion}
          draft={flow}
          fields={design.model.fields}
          org={org}
          onRestore={on.restore}
          onClose={on.closeVersions}
        />
      )}
      {publishing && (
        <RoutePublishDialog
          design={design}
          model={design.model}
          flow={flow}
          org={org}
          routeProblems={problems}
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
