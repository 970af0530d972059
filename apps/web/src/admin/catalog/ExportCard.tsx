import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import { toast } from '../../layout/toast';
import { saveTextFile } from '../../files/save-file';
import { exportFileName } from './catalog-source';

/** 导出本公司的模板: a published form as a template file (catalog.export), saved by the browser. */
export function ExportCard() {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const list = useQuery(trpc.templates.list.queryOptions({ archived: false }));
  const [key, setKey] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const e = (k: string, o?: Record<string, string>) => t(`adminCatalog.export.${k}`, o);
  const published = (list.data?.templates ?? []).filter((x) => x.publishedVersion !== null);

  const run = async (k: string) => {
    setBusy(true);
    try {
      const file = await client.catalog.export.query({ key: k });
      saveTextFile(exportFileName(k), `${JSON.stringify(file, null, 2)}\n`, 'application/json');
      toast('success', e('done', { name: pick(file.title) }));
    } catch (err) {
      toast('error', e('failed', { error: errorText(err, lang) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={e('title')} data-testid="catalog-export">
      <Typography.Paragraph type="secondary">{e('hint')}</Typography.Paragraph>
      <Space.Compact style={{ width: '100%' }}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={e('pick')}
          aria-label={e('pick')}
          value={key}
          onChange={setKey}
          style={{ width: '100%' }}
          loading={list.isPending}
          notFoundContent={e('none')}
          options={published.map((x) => ({ value: x.key, label: pick(x.title) }))}
          data-testid="catalog-export-pick"
        />
        <Button
          icon={<DownloadOutlined />}
          disabled={!key}
          loading={busy}
          onClick={() => key && void run(key)}
          data-testid="catalog-export-ok"
        >
          {e('ok')}
        </Button>
      </Space.Compact>
    </Card>
  );
}
