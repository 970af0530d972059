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
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

export function DesignerToolbar(p: DesignerToolbarProps) {
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
        <SaveStatus state={p.save} onRetry={p.onRetrySave} />
      </Space>
      <Space wrap>
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
