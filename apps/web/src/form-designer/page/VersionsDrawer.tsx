import { Alert, Button, Drawer, List, Tag } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormModel } from '@signoff/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import { toast } from '../../layout/toast';
import { modelOfDraftShape, type TemplateDesign } from './use-template-design';

/**
 * The published versions, newest first. "Restore as the draft" puts that version's form in the
 * designer as one undoable step (forms.version answers any version in the draft's shape); the
 * route is not touched, as the designer edits the form only.
 */
export function VersionsDrawer({
  design,
  onClose,
  onRestore,
}: {
  design: TemplateDesign;
  onClose: () => void;
  onRestore: (model: FormModel) => void;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const versions = useQuery(trpc.forms.versions.queryOptions({ templateId: design.templateId }));
  const [error, setError] = useState<unknown>(null);

  const restore = async (version: number) => {
    try {
      const old = await queryClient.fetchQuery(
        trpc.forms.version.queryOptions({ templateId: design.templateId, version }),
      );
      const model = modelOfDraftShape(old);
      if (!model) throw new Error(t('designerPage.noContent'));
      onRestore(model);
      toast('success', t('designerPage.versions.restored', { version }));
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Drawer open onClose={onClose} title={t('designerPage.versions.title')} size={400}>
      {versions.error && <Alert type="error" showIcon title={errorText(versions.error, lang)} />}
      {error !== null && <Alert type="error" showIcon title={errorText(error, lang)} />}
      <List
        loading={versions.isPending}
        data-testid="designer-version-list"
        locale={{ emptyText: t('designerPage.versions.none') }}
        dataSource={versions.data ?? []}
        renderItem={(v) => (
          <List.Item
            actions={[
              <Button
                key="restore"
                size="small"
                data-testid={`designer-restore-${v.version}`}
                onClick={() => void restore(v.version)}
              >
                {t('designerPage.versions.restore')}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={
                <>
                  {t('designerPage.versions.version', { version: v.version })}{' '}
                  {v.current && <Tag color="green">{t('designerPage.versions.current')}</Tag>}
                  {v.version === design.basedOnVersion && <Tag>{t('designerPage.versions.basedOn')}</Tag>}
                </>
              }
              description={new Date(v.publishedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en')}
            />
          </List.Item>
        )}
      />
    </Drawer>
  );
}
