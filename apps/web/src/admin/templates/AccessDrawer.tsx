import { Drawer, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccessFacts, AccessTemplate } from './access-model';
import { GrantsPanel, type GrantTarget } from './GrantsPanel';
import { WhoCanSee } from './WhoCanSee';

/** The side panel of one folder or template: its grants, and for a template who can see it. */
export function AccessDrawer({
  facts,
  target,
  name,
  tab,
  onClose,
  onChanged,
}: {
  facts: AccessFacts;
  target: GrantTarget;
  name: string;
  tab: 'grants' | 'who';
  onClose: () => void;
  onChanged: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const template: AccessTemplate | undefined =
    target.type === 'template' ? facts.templates.find((x) => x.templateId === target.id) : undefined;
  const grants = <GrantsPanel facts={facts} target={target} onChanged={onChanged} />;
  return (
    <Drawer
      open
      size={640}
      title={t('adminTemplates.grants.title', { name })}
      onClose={onClose}
      destroyOnHidden
      data-testid="access-drawer"
    >
      {template ? (
        <Tabs
          defaultActiveKey={tab}
          items={[
            { key: 'grants', label: t('adminTemplates.permissions'), children: grants },
            {
              key: 'who',
              label: t('adminTemplates.whoCanSee'),
              children: <WhoCanSee facts={facts} template={template} />,
            },
          ]}
        />
      ) : (
        grants
      )}
    </Drawer>
  );
}
