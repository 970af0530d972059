import { memo } from 'react';
import { Badge, Button, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLang } from '../../i18n/use-lang';
import { Heading } from '../../layout/Text';
import { ROUTE_LINK_TEXT, routePagePath } from '../../route-designer/page/route-link-text';
import { DownloadMenu } from './DownloadMenu';
import { LiveSaveStatus } from './live-save-status';

export interface DesignerToolbarProps {
  title: string;
  templateId: string;
  /** a version is published: the downloads come from it */
  published: boolean;
  canUndo: boolean;
  canRedo: boolean;
  problemCount: number;
  onUndo: () => void;
  onRedo: () => void;
  onProblems: () => void;
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

/**
 * Redrawn only when something it shows changes: about twenty antd buttons and tooltips were close to
 * half of a keystroke's JavaScript on a 300-field form. The handlers must keep their identity; the
 * save state reaches its text through `SaveStateProvider`, not through these props.
 */
export const DesignerToolbar = memo(DesignerToolbarView);

function DesignerToolbarView(p: DesignerToolbarProps) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const navigate = useNavigate();
  const routePath = routePagePath(p.templateId);
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
        <LiveSaveStatus />
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
        <Button
          href={routePath}
          onClick={(e) => {
            // a plain click stays in the app; a middle click or Ctrl+click opens a tab as links do
            if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return;
            e.preventDefault();
            void navigate(routePath);
          }}
          data-testid="designer-route"
        >
          {pick(ROUTE_LINK_TEXT)}
        </Button>
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
