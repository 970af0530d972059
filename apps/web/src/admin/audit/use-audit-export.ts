import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPCClient } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import { toast } from '../../layout/toast';
import { CSV_TYPE } from '../../files/csv';
import { saveTextFile } from '../../files/save-file';
import { auditCsv } from './audit-csv';
import { auditInput, type AuditFilters, type AuditRow } from './audit-query';

const EXPORT_PAGE = 200;
/** enough for a quarter's review; beyond it the admin narrows the dates rather than wait on a huge file */
export const EXPORT_CAP = 20_000;

/**
 * Export of every entry the filters match, fetched page by page (the API's largest page is 200)
 * and written as CSV in the browser; names come from the directory for the people it mentions.
 */
export function useAuditExport(filters: AuditFilters) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const client = useTRPCClient();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const rows: AuditRow[] = [];
      for (let page = 1; rows.length < EXPORT_CAP; page++) {
        const batch = await client.audit.list.query(auditInput(filters, page, EXPORT_PAGE));
        rows.push(...batch);
        if (batch.length < EXPORT_PAGE) break;
      }
      const shown = rows.slice(0, EXPORT_CAP);
      const ids = [...new Set(shown.flatMap((r) => (r.actorId ? [r.actorId] : [])))];
      const names = new Map<string, string>();
      for (let i = 0; i < ids.length; i += 200) {
        const res = await client.directory.lookup.query({ userIds: ids.slice(i, i + 200) });
        for (const u of res.users) names.set(u.id, u.name);
      }
      const headers = ['seq', 'at', 'actorId', 'actor', 'action', 'subject', 'data', 'hash'];
      const stamp = new Date().toISOString().slice(0, 10);
      saveTextFile(
        `audit-${stamp}.csv`,
        auditCsv(shown, headers, (id) => names.get(id) ?? id),
        CSV_TYPE,
      );
      toast(
        rows.length >= EXPORT_CAP ? 'warning' : 'success',
        t(rows.length >= EXPORT_CAP ? 'adminAudit.export.capped' : 'adminAudit.export.done', {
          count: shown.length,
        }),
      );
    } catch (e) {
      toast('error', t('adminAudit.export.failed', { error: errorText(e, lang) }));
    } finally {
      setBusy(false);
    }
  };
  return { run, busy };
}
