import { useCallback, useState } from 'react';
import type { RouteLayout } from '@signoff/designer';
import type { Localized } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { saveTextFile } from '../../files/save-file';
import { useLang } from '../../i18n/use-lang';
import { toast } from '../../layout/toast';
import type { Flow } from '../canvas/route-canvas-types';
import { routeAsBpmn } from './download-bpmn';
import { errorWords } from './error-words';

/**
 * "下载 BPMN": the draft's route as `<key>.bpmn`, laid out as the canvas shows it. A route the
 * export refuses (a dangling edge, a repeated id) is said in a message instead.
 */
export function useBpmnDownload(input: {
  templateKey: string;
  title: Localized;
  flow: Flow;
  layout: RouteLayout | null;
}): { download: () => Promise<void>; busy: boolean } {
  const { t } = useTranslation();
  const { lang } = useLang();
  const [busy, setBusy] = useState(false);
  const { templateKey, title, flow, layout } = input;
  const download = useCallback(async () => {
    setBusy(true);
    try {
      const file = await routeAsBpmn({ key: templateKey, flow, layout, name: title, lang });
      saveTextFile(file.fileName, file.xml, 'application/xml');
      toast('success', t('routeDesigner.bpmn.saved', { file: file.fileName }));
    } catch (e) {
      toast('error', t('routeDesigner.bpmn.failed', { error: errorWords(e, lang) }), { duration: 8 });
    } finally {
      setBusy(false);
    }
  }, [templateKey, title, flow, layout, lang, t]);
  return { download, busy };
}
