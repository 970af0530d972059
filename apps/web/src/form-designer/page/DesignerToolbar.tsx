import { memo } from 'react';
import { Badge, Button, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../layout/Text';
import { DownloadMenu } from './DownloadMenu';
import { SaveStatus } from './SaveStatus';
import type { SaveState } from './use-autosave';

export interface DesignerToolbarProps {
  title: string;
  templateId: string;
  /** a version is published: the downloads come from it */
  published: boolean;
  canUndo: boolean;
  canRedo: boolean;
  problemCount: number;
  save: SaveState;
  onUndo: () => void;
  onRedo: () => void;
  onProblems: () => void;
  onRetrySave: () => void;
  onPreview: () => void;
  onVersions: () => void;
  onPublish: () => void;
  /** a field is selected, so there is something to copy */
  canCopy: boolean;
  onCopy: () => void;
  onPaste: () => void;
  /** the JSON view is shown instead of the palette and the properties */
  jsonView: boolean;
  onToggleJson: () => void;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

/** The save state by what it shows: autosave hands over a new object every render. */
const sameSave = (a: SaveState, b: SaveState) =>
  a.kind === b.kind &&
  (a.kind !== 'saved' || b.kind !== 'saved' || a.at?.getTime() === b.at?.getTime()) &&
  (a.kind !== 'failed' || b.kind !== 'failed' || a.error === b.error);

/**
 * Redrawn only when something it shows changes: about twenty antd buttons and tooltips were close to
 * half of a keystroke's JavaScript on a 300-field form. The handlers must keep their identity.
 */
export const DesignerToolbar = memo(
  DesignerToolbarView,
  (a, b) =>
    sameSave(a.save, b.save) &&
    (Object.keys(a) as (keyof DesignerToolbarProps)[]).every((k) => k === 'save' || a[k] === b[k]),
);

function DesignerToolbarView(p: DesignerToolbarProps) {
  const { t } = useTranslation();
  return (
    <header className="fd-toolbar">
      <Heading level={4}>{p.title}</Heading>
      <Space wrap>
        <Tooltip title={`${mod}Z`}>
          <Button onClick={p.onUndo} disabled={!p.canUndo} data-testid="designer-undo">
            {t('designerPage.toolbar.undo')}
          </Button>
        </Tooltip>
        <Tooltip title={`${mod}Shift+Z`}>
          <Button onClick={p.onRedo} disabled={!p.canRedo} data-testid="designer-redo">
            {t('designerPage.toolbar.redo')}
          </Button>
        </Tooltip>
        <Button onClick={p.onProblems} data-testid="designer-problem-count" danger={p.problemCount > 0}>
          <Badge status={p.problemCount > 0 ? 'error' : 'success'} />
          {p.problemCount > 0
            ? t('designerPage.toolbar.problems', { count: p.problemCount })
            : t('designerPage.toolbar.noProblems')}
        </Button>
        <Tooltip title={`${t('designerPage.toolbar.copyHelp')} (${mod}C)`}>
          <Button onClick={p.onCopy} disabled={!p.canCopy} data-testid="designer-copy">
            {t('designerPage.toolbar.copy')}
          </Button>
        </Tooltip>
        <Tooltip title={`${t('designerPage.toolbar.pasteHelp')} (${mod}V)`}>
          <Button onClick={p.onPaste} data-testid="designer-paste">
            {t('designerPage.toolbar.paste')}
          </Button>
        </Tooltip>
        <SaveStatus state={p.save} onRetry={p.onRetrySave} />
      </Space>
      <Space wrap>
        <Tooltip title={t('designerPage.toolbar.jsonHelp')}>
          <Button
            onClick={p.onToggleJson}
            type={p.jsonView ? 'primary' : 'default'}
            ghost={p.jsonView}
            aria-pressed={p.jsonView}
            data-testid="designer-json"
          >
            {t('designerPage.toolbar.json')}
          </Button>
        </Tooltip>
        <Button onClick={p.onVersions} data-testid="designer-versions">
          {t('designerPage.toolbar.versions')}
        </Button>
        <DownloadMenu templateId={p.templateId} published={p.published} />
        <Button onClick={p.onPreview} data-testid="designer-preview">
          {t('designerPage.toolbar.preview')}
        </Button>
        <Button type="primary" onClick={p.onPublish} data-testid="designer-publish">
          {t('designerPage.toolbar.publish')}
        </Button>
      </Space>
    </header>
  );
}
