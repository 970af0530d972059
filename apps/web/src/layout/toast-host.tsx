import { ConfigProvider, message } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { currentLang } from '../i18n/i18n';
import { THEME } from '../theme';
import type { ToastKind, ToastOptions } from './toast';

// antd's static message renders outside the app's ConfigProvider; the holder gives it the same
// theme and locale, so a toast looks like the rest of the page
ConfigProvider.config({
  holderRender: (children) => (
    <ConfigProvider theme={THEME} locale={currentLang() === 'en' ? enUS : zhCN}>
      {children}
    </ConfigProvider>
  ),
});

export function showToast(kind: ToastKind, content: string, options: ToastOptions): void {
  void message.open({ type: kind, content, duration: options.duration });
}
