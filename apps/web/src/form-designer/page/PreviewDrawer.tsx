import { useMemo, useState } from 'react';
import { Alert, Drawer, Segmented } from 'antd';
import { compileForm, validateModel, type FormModel } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { createFormStore, FormRenderer } from '../../form-renderer';
import { sampleData } from './sample-data';

const WIDTHS = { phone: 390, desktop: 960 } as const;

/** The form as applicants will see it, with the real renderer and sample answers, at phone or desktop width. */
export function PreviewDrawer({ model, onClose }: { model: FormModel; onClose: () => void }) {
  const { t } = useTranslation();
  const [device, setDevice] = useState<keyof typeof WIDTHS>('phone');
  const store = useMemo(() => {
    if (validateModel(model).length > 0) return null;
    const { schema, uiSchema } = compileForm(model);
    return createFormStore({ model, schema, uiSchema, initial: sampleData(model) });
  }, [model]);
  return (
    <Drawer
      open
      onClose={onClose}
      title={t('designerPage.preview.title')}
      size={
        typeof window !== 'undefined' && window.innerWidth < WIDTHS[device] + 80
          ? '100%'
          : WIDTHS[device] + 80
      }
      destroyOnHidden
      extra={
        <Segmented
          value={device}
          data-testid="preview-device"
          onChange={(v) => setDevice(v === 'desktop' ? 'desktop' : 'phone')}
          options={[
            { value: 'phone', label: t('designerPage.preview.phone') },
            { value: 'desktop', label: t('designerPage.preview.desktop') },
          ]}
        />
      }
    >
      <div
        className={`fd-preview fd-preview-${device}`}
        style={{ width: WIDTHS[device], maxWidth: '100%' }}
        data-testid="designer-preview-form"
      >
        {store ? (
          <FormRenderer store={store} />
        ) : (
          <Alert type="warning" showIcon title={t('designerPage.preview.invalid')} />
        )}
      </div>
    </Drawer>
  );
}
