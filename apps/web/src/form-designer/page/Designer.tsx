import { lazy, Suspense, useEffect, useReducer, useState } from 'react';
import { canRedo, canUndo } from '@signoff/designer';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../hooks/use-is-phone';
import { useLang } from '../../i18n/use-lang';
import { LoadingLines } from '../../layout/Text';
import { toast } from '../../layout/toast';
import { Canvas } from './Canvas';
import { DesignerDnd } from './DesignerDnd';
import { designerReducer, initialDesignerState } from './designer-state';
import { DesignerToolbar } from './DesignerToolbar';
import { Palette } from './Palette';
import { PreviewDrawer } from './PreviewDrawer';
import { ProblemsList } from './ProblemsList';
import { PropertyPanel } from './PropertyPanel';
import { PublishDialog } from './PublishDialog';
import { SideTabs } from './SideTabs';
import { useAutosave } from './use-autosave';
import { SaveStateProvider } from './live-save-status';
import { useFieldClipboard } from './use-field-clipboard';
import type { TemplateDesign } from './use-template-design';
import { useSettledValue } from './use-settled-value';
import { useStableHandlers } from './use-stable-handlers';
import { useUndoKeys } from './use-undo-keys';
import { VersionsDrawer } from './VersionsDrawer';

type Overlay = 'preview' | 'publish' | 'versions' | null;

const PROBLEMS_DELAY_MS = 150;

// Monaco and the JSON view load the first time someone opens the view, not with the designer
const AdvancedView = lazy(() => import('../advanced-view/AdvancedView'));
/** In the JSON view the canvas stays on the left, so an edit in the text shows on the form at once. */
const JSON_PANES = { gridTemplateColumns: 'minmax(300px, 0.8fr) minmax(0, 2fr)' };

/** The designer once the template is loaded: palette | canvas | properties and problems, with the toolbar. */
export function Designer({ design, onPublished }: { design: TemplateDesign; onPublished: () => void }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const [state, send] = useReducer(designerReducer, design.model, initialDesignerState);
  const { history, selected } = state;
  const [tab, setTab] = useState<'props' | 'problems'>('props');
  const [overlay, setOverlay] = useState<Overlay>(null);
  const [jsonView, setJsonView] = useState(false);
  const autosave = useAutosave(design, { model: history.model });
  useUndoKeys(send, overlay === null);
  const clipboard = useFieldClipboard(history.model, selected, send, overlay === null);

  const last = history.last;
  useEffect(() => {
    if (last.kind === 'refused')
      toast('warning', t('designerPage.props.refused', { message: pick(last.problem.message) }));
    // only a new step is news; a change of language does not repeat the warning
  }, [last]);

  // validateModel takes 5–10 ms on a 300-field form, and a deferred render of it still ran before the
  // keystroke's paint: the count and the list follow 150 ms after the edits pause; publishing reads
  // the current model's own problems
  const problems = useSettledValue(history, PROBLEMS_DELAY_MS).problems;
  const phone = useIsPhone();
  // one identity for the page's life, so the memoized toolbar skips the renders that change nothing it shows
  const on = useStableHandlers({
    undo: () => send({ type: 'undo' }),
    redo: () => send({ type: 'redo' }),
    problems: () => {
      // the problems list is in the side panel, which the JSON view hides
      setJsonView(false);
      setTab('problems');
    },
    retrySave: () => autosave.retry(),
    preview: () => setOverlay('preview'),
    versions: () => setOverlay('versions'),
    publish: () => setOverlay('publish'),
    copy: () => clipboard.copy(),
    paste: () => clipboard.paste(),
    toggleJson: () => setJsonView((v) => !v),
    tab: (k: 'props' | 'problems') => setTab(k),
    picked: () => setTab('props'),
  });
  return (
    <div className="fd-page" data-testid="form-designer">
      <SaveStateProvider state={autosave.state} onRetry={on.retrySave}>
        <DesignerToolbar
          title={pick(history.model.title) || t('designerPage.title')}
          templateId={design.templateId}
          published={design.published !== null}
          canUndo={canUndo(history)}
          canRedo={canRedo(history)}
          problemCount={problems.length}
          onUndo={on.undo}
          onRedo={on.redo}
          onProblems={on.problems}
          onPreview={on.preview}
          onVersions={on.versions}
          onPublish={on.publish}
          canCopy={selected !== null}
          onCopy={on.copy}
          onPaste={on.paste}
          jsonView={jsonView}
          onToggleJson={on.toggleJson}
        />
      </SaveStateProvider>
      {phone && (
        <p className="fd-phone-hint" role="note" data-testid="designer-phone-hint">
          {t('designerPage.phoneHint')}
        </p>
      )}
      <DesignerDnd model={history.model} send={send}>
        <div className="fd-panes" style={jsonView ? JSON_PANES : undefined}>
          {!jsonView && <Palette send={send} />}
          <Canvas model={history.model} selected={selected} send={send} />
          {jsonView ? (
            <Suspense fallback={<LoadingLines rows={8} label={t('designerPage.jsonView.loading')} />}>
              <AdvancedView model={history.model} problems={problems} send={send} />
            </Suspense>
          ) : (
            <aside className="fd-side" aria-label={t('designerPage.props.title')}>
              <SideTabs
                idPrefix="fd-side"
                active={tab}
                onChange={on.tab}
                tabs={[
                  {
                    key: 'props',
                    label: t('designerPage.props.title'),
                    content: <PropertyPanel model={history.model} selected={selected} send={send} />,
                  },
                  {
                    key: 'problems',
                    label: `${t('designerPage.problems.title')} (${problems.length})`,
                    content: (
                      <ProblemsList
                        model={history.model}
                        problems={problems}
                        send={send}
                        onPicked={on.picked}
                      />
                    ),
                  },
                ]}
              />
            </aside>
          )}
        </div>
      </DesignerDnd>
      {overlay === 'preview' && <PreviewDrawer model={history.model} onClose={() => setOverlay(null)} />}
      {overlay === 'publish' && (
        <PublishDialog
          design={design}
          model={history.model}
          problems={history.problems}
          saved={!autosave.dirty}
          flush={autosave.flush}
          onClose={() => setOverlay(null)}
          onPublished={onPublished}
          onShowProblems={() => {
            setOverlay(null);
            setTab('problems');
          }}
        />
      )}
      {overlay === 'versions' && (
        <VersionsDrawer
          design={design}
          onClose={() => setOverlay(null)}
          onRestore={(model) => {
            send({ type: 'command', command: { type: 'replaceModel', model } });
            setOverlay(null);
          }}
        />
      )}
    </div>
  );
}
