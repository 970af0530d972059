import { useEffect, useMemo, type CSSProperties } from 'react';
import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../i18n/i18n';
import { FieldItem } from './FieldItem';
import { registerRevealer } from './focus-field';
import { RendererContext, type RendererSettings } from './renderer-context';
import type { FormStore } from './store/form-store';
import { loadValidatorFactory } from './store/validator-loader';
import { useSections } from './use-sections';
import { preloadWidgets } from './widget-registry';
import './form-renderer.css';

export interface FormRendererProps {
  store: FormStore;
  /** locks every field (while submitting) */
  disabled?: boolean;
  /** the request's serial number, once it exists */
  serialNo?: string;
  /**
   * Lays the fields out in one column, as on a phone, at any screen width: for a form drawn in a
   * narrow panel (the route designer's simulation), where the desktop grid's 24 tracks do not fit.
   */
  oneColumn?: boolean;
}

/**
 * Draws a form from its store: every field its own subscriber, so a keystroke renders that field
 * (and the fields computed from it or shown by it), never the whole form. The language and the
 * lock are read here once and handed to the fields as props, not read by 300 hooks. A long form is
 * drawn a screen first and the rest in sections right after (use-sections.ts).
 */
export function FormRenderer({ store, disabled = false, serialNo, oneColumn = false }: FormRendererProps) {
  const settings = useMemo<RendererSettings>(() => ({ disabled, serialNo }), [disabled, serialNo]);
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  const { token } = theme.useToken();
  // the plain inputs (widgets/native-input.css) take the antd theme's colours from these
  const themeVars = useMemo(
    () =>
      ({
        '--so-primary': token.colorPrimary,
        '--so-primary-hover': token.colorPrimaryHover,
        '--so-border': token.colorBorder,
        '--so-error': token.colorError,
        '--so-radius': `${token.borderRadius}px`,
        '--so-bg': token.colorBgContainer,
        '--so-bg-disabled': token.colorBgContainerDisabled,
        '--so-text': token.colorText,
        '--so-text-disabled': token.colorTextDisabled,
        '--so-text-secondary': token.colorTextTertiary,
        '--so-placeholder': token.colorTextPlaceholder,
        '--so-outline': token.controlOutline,
        '--so-error-outline': token.colorErrorOutline,
      }) as CSSProperties,
    [token],
  );
  // the chunks of this form's pickers and drop-downs, all requested at once before the fields ask
  useMemo(() => void preloadWidgets(store.uiSchema), [store]);
  const order = store.uiSchema.order;
  const { count, revealAll } = useSections(order.length);
  useEffect(
    () => (count < order.length ? registerRevealer(revealAll) : undefined),
    [count, order.length, revealAll],
  );
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
      <div className={oneColumn ? 'signoff-form signoff-form-one-column' : 'signoff-form'} style={themeVars}>
        {(count < order.length ? order.slice(0, count) : order).map((key) => (
          <FieldItem
            key={key}
            store={store}
            fieldKey={key}
            lang={lang}
            t={t}
            disabled={disabled}
            serialNo={serialNo}
          />
        ))}
      </div>
    </RendererContext.Provider>
  );
}
