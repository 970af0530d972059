import { memo } from 'react';
import { Badge, Button, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SaveStatus } from '../../form-designer/page/SaveStatus';
import type { SaveState } from '../../form-designer/page/use-autosave';
import { Heading } from '../../layout/Text';

export interface RouteToolbarProps {
  title: string;
  templateId: string;
  canUndo: boolean;
  canRedo: boolean;
  problemCount: number;
  save: SaveState;
  readOnly: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onFitView: () => void;
  onProblems: () => void;
  onRetrySave: () => void;
  onPublish: () => void;
  onVersions: () => void;
  onDownloadBpmn: () => void;
  /** a BPMN file is being written */
  bpmnBusy: boolean;
  /** 导入, once there is an import dialog to open */
  onImport?: (() => void) | undefined;
  /** 从文字生成: a route from a line of text */
  onFromText?: (() => void) | undefined;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

const sameSave = (a: SaveState, b: SaveState) =>
  a.kind === b.kind &&
  (a.kind !== 'saved' || b.kind !== 'saved' || a.at?.getTime() === b.at?.getTime()) &&
  (a.kind !== 'failed' || b.kind !== 'failed' || a.error === b.error);

/** Redrawn only when something it shows changes; the handlers must keep their identity. */
export const RouteToolbar = memo(
  RouteToolbarView,
  (a, b) =>
    sameSave(a.save, b.save) &&
    (Object.keys(a) as (keyof RouteToolbarProps)[]).every((k) => k === 'save' || a[k] === b[k]),
);

function RouteToolbarView(p: RouteToolbarProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const formPath = `/designer/forms/${encodeURIComponent(p.templateId)}`;
  return (
    <header className="fd-toolbar">
      <Heading level={4}>{p.title}</Heading>
      <Space wrap>
        {!p.readOnly && (
          <>
            <Tooltip title={`${mod}Z`}>
              <Button onClick={p.onUndo} disabled={!p.canUndo} data-testid="route-undo">
                {t('routeDesigner.toolbar.undo')}
              </Button>
            </Tooltip>
            <Tooltip title={`${mod}Shift+Z`}>
              <Button onClick={p.onRedo} disabled={!p.canRedo} data-testid="route-redo">
                {t('routeDesigner.toolbar.redo')}
              </Button>
            </Tooltip>
          </>
        )}
        <Button onClick={p.onFitView} data-testid="route-fit-view">
          {t('routeDesigner.toolbar.fitView')}
        </Button>
        <Button onClick={p.onProblems} data-testid="route-problem-count" danger={p.problemCount > 0}>
          <Badge status={p.problemCount > 0 ? 'error' : 'success'} />
          {p.problemCount > 0
            ? t('routeDesigner.toolbar.problems', { count: p.problemCount })
            : t('routeDesigner.toolbar.noProblems')}
        </Button>
        <SaveStatus state={p.save} onRetry={p.onRetrySave} />
      </Space>
      <Space wrap>
        <Button
          href={formPath}
          onClick={(e) => {
            // a plain click stays in the app; a middle click or Ctrl+click opens a tab as links do
            if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return;
            e.preventDefault();
            void navigate(formPath);
          }}
          data-testid="route-back-to-form"
        >
          {t('routeDesigner.toolbar.backToForm')}
        </Button>
        {!p.readOnly && p.onFromText && (
          <Button onClick={p.onFromText} data-testid="route-from-text">
            {t('routeImport.text.button')}
          </Button>
        )}
        {!p.readOnly && p.onImport && (
          <Button onClick={p.onImport} data-testid="route-import">
            {t('routeDesigner.toolbar.import')}
          </Button>
        )}
        <Button onClick={p.onDownloadBpmn} loading={p.bpmnBusy} data-testid="route-download-bpmn">
          {t('routeDesigner.toolbar.downloadBpmn')}
        </Button>
        {!p.readOnly && (
          <Button onClick={p.onVersions} data-testid="route-versions">
            {t('routeDesigner.toolbar.versions')}
          </Button>
        )}
        {!p.readOnly && (
          <Button type="primary" onClick={p.onPublish} data-testid="route-publish">
            {t('routeDesigner.toolbar.publish')}
          </Button>
        )}
      </Space>
    </header>
  );
}
