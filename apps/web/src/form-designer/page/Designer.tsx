import { useEffect, useReducer, useState } from 'react';
import { Tabs } from 'antd';
import { canRedo, canUndo } from '@signoff/designer';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
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
import { useAutosave } from './use-autosave';
import type { TemplateDesign } from './use-template-design';
import { useUndoKeys } from './use-undo-keys';
import { VersionsDrawer } from './VersionsDrawer';

type Overlay = 'preview' | 'publish' | 'versions' | null;

/** The designer once the template is loaded: palette | canvas | properties and problems, with the toolbar. */
export function Designer({ design, onPublished }: { design: TemplateDesign; onPublished: () => void }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const [state, send] = useReducer(designerReducer, design.model, initialDesignerState);
  const { history, selected } = state;
  const [tab, setTab] = useState<'props' | 'problems'>('props');
  const [overlay, setOverlay] = useState<Overlay>(null);
  const autosave = useAutosave(design, history.model);
  useUndoKeys(send, overlay === null);

  const last = history.last;
  useEffect(() => {
    if (last.kind === 'refused')
      toast('warning', t('designerPage.props.refused', { message: pick(last.problem.message) }));
    // only a new step is news; a change of language does not repeat the warning
  }, [last]);

  const problems = history.problems;
  return (
    <div className="fd-page" data-testid="form-designer">
      <DesignerToolbar
        title={pick(history.model.title) || t('designerPage.title')}
        templateId={design.templateId}
        published={design.published !== null}
        canUndo={canUndo(history)}
        canRedo={canRedo(history)}
        problemCount={problems.length}
        save={autosave.state}
        onUndo={() => send({ type: 'undo' })}
        onRedo={() => send({ type: 'redo' })}
        onProblems={() => setTab('problems')}
        onRetrySave={autosave.retry}
        onPreview={() => setOverlay('preview')}
        onVersions={() => setOverlay('versions')}
        onPublish={() => setOverlay('publish')}
      />
      <DesignerDnd model={history.model} send={send}>
        <div className="fd-panes">
          <Palette send={send} />
          <Canvas model={history.model} selected={selected} send={send} />
          <aside className="fd-side" aria-label={t('designerPage.props.title')}>
            <Tabs
              activeKey={tab}
              onChange={(k) => setTab(k === 'problems' ? 'problems' : 'props')}
              items={[
                {
                  key: 'props',
                  label: t('designerPage.props.title'),
                  children: <PropertyPanel model={history.model} selected={selected} send={send} />,
                },
                {
                  key: 'problems',
                  label: `${t('designerPage.problems.title')} (${problems.length})`,
                  children: (
                    <ProblemsList
                      model={history.model}
                      problems={problems}
                      send={send}
                      onPicked={() => setTab('props')}
                    />
                  ),
                },
              ]}
            />
          </aside>
        </div>
      </DesignerDnd>
      {overlay === 'preview' && <PreviewDrawer model={history.model} onClose={() => setOverlay(null)} />}
      {overlay === 'publish' && (
        <PublishDialog
          design={design}
          model={history.model}
          problems={problems}
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
