import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Tooltip } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import { toast } from '../../layout/toast';
import { saveTextFile } from '../../files/save-file';
import { schemaFileName } from './save-file';

/**
 * 下载: the published version's TypeScript types and JSON Schema, as the server generates them
 * (forms.types), so a developer's code reads exactly what the server validates with.
 */
export function DownloadMenu({ templateId, published }: { templateId: string; published: boolean }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();

  const download = async (what: 'types' | 'schema') => {
    try {
      const r = await queryClient.fetchQuery(trpc.forms.types.queryOptions({ templateId }));
      if (what === 'types') saveTextFile(r.fileName, r.typescript, 'text/plain;charset=utf-8');
      else
        saveTextFile(
          schemaFileName(r.fileName),
          `${JSON.stringify(r.jsonSchema, null, 2)}\n`,
          'application/json;charset=utf-8',
        );
    } catch (e) {
      toast('error', t('designerPage.toolbar.downloadFailed', { error: errorText(e, lang) }));
    }
  };

  const button = (
    <Button disabled={!published} data-testid="designer-download">
      {t('designerPage.toolbar.download')} <DownOutlined />
    </Button>
  );
  if (!published) return <Tooltip title={t('designerPage.toolbar.downloadNeedsPublish')}>{button}</Tooltip>;
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'types', label: t('designerPage.toolbar.downloadTypes') },
          { key: 'schema', label: t('designerPage.toolbar.downloadSchema') },
        ],
        onClick: ({ key }) => void download(key === 'types' ? 'types' : 'schema'),
      }}
    >
      {button}
    </Dropdown>
  );
}
