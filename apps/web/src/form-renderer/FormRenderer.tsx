import { useEffect, useMemo } from 'react';
import { Row } from 'antd';
import { FieldItem } from './FieldItem';
import { RendererContext, type RendererSettings } from './renderer-context';
import type { FormStore } from './store/form-store';
import { loadValidatorFactory } from './store/validator-loader';
import { preloadWidgets } from './widget-registry';
import './form-renderer.css';

export interface FormRendererProps {
  store: FormStore;
  /** locks every field (while submitting) */
  disabled?: boolean;
  /** the request's serial number, once it exists */
  serialNo?: string;
}

/**
 * Draws a form from its store: every field its own subscriber, so a keystroke renders that field
 * (and the fields computed from it or shown by it), never the whole form.
 */
export function FormRenderer({ store, disabled = false, serialNo }: FormRendererProps) {
  const settings = useMemo<RendererSettings>(() => ({ disabled, serialNo }), [disabled, serialNo]);
  // the chunks of this form's pickers and drop-downs, all requested at once before the fields ask
  useMemo(() => void preloadWidgets(store.uiSchema), [store]);
  useEffect(() => {
    // fetch the validator now and compile it while the person reads the form, so the first blur does not wait
    void loadValidatorFactory();
    const warm = () => void store.ready();
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(warm);
      return () => window.cancelIdleCallback(handle);
    }
    const timer = window.setTimeout(warm, 200);
    return () => window.clearTimeout(timer);
  }, [store]);
  return (
    <RendererContext.Provider value={settings}>
      <Row gutter={16} className="signoff-form">
        {store.uiSchema.order.map((key) => (
          <FieldItem key={key} store={store} fieldKey={key} />
        ))}
      </Row>
    </RendererContext.Provider>
  );
}
