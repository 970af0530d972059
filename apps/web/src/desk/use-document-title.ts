import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The browser tab says which page (and box) this is: "已办 · 审批中心 · Signoff". */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  const app = t('app.name');
  useEffect(() => {
    const before = document.title;
    document.title = title ? `${title} · ${app}` : app;
    return () => {
      document.title = before;
    };
  }, [title, app]);
}
