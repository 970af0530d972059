import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zh } from './zh';
import { rendererStrings } from '../form-renderer/renderer.i18n';
import { deskStrings } from '../desk/desk.i18n';
import { requestStrings } from '../request/request.i18n';

export type Lang = 'zh' | 'en';

const STORAGE_KEY = 'signoff.lang';

function storedLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    // private mode or no storage: Chinese first
    return 'zh';
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: {
    zh: { translation: { ...zh, renderer: rendererStrings.zh, desk: deskStrings.zh, request: requestStrings.zh } },
    en: { translation: { ...en, renderer: rendererStrings.en, desk: deskStrings.en, request: requestStrings.en } },
  },
  lng: storedLang(),
  fallbackLng: 'zh',
  interpolation: { escapeValue: false }, // React escapes already
  initAsync: false,
});

if (typeof document !== 'undefined') document.documentElement.lang = i18n.language === 'en' ? 'en' : 'zh-CN';

/** The current language as Signoff's data uses it: `Localized` texts carry `zh` and `en`. */
export function currentLang(): Lang {
  return i18n.language === 'en' ? 'en' : 'zh';
}

export function setLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // the choice then lasts for this visit only
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  void i18n.changeLanguage(lang);
}
