import { Alert, Button, Card, Empty, Input, Skeleton, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import { toast } from '../../layout/toast';
import { CatalogCard } from './CatalogCard';
import { matchesCatalog, readTemplateFile, type ImportSource } from './catalog-source';
import { ExportCard } from './ExportCard';
import { ImportWizard } from './ImportWizard';
import './admin-catalog.i18n';
import './admin-catalog.css';
import { LoadFailed } from '../LoadFailed';

/** `/admin/catalog`: the starter catalogs and an uploaded file as cards; 导入 opens the wizard; export below. */
export default function CatalogPage() {
  const [importing, setImporting] = useState<ImportSource | null>(null);
  if (importing) return <ImportWizard source={importing} onBack={() => setImporting(null)} />;
  return <Gallery onImport={setImporting} />;
}

function Gallery({ onImport }: { onImport: (s: ImportSource) => void }) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const trpc = useTRPC();
  const list = useQuery(trpc.catalog.list.queryOptions());
  const [q, setQ] = useState('');
  const [uploaded, setUploaded] = useState<ImportSource | null>(null);
  const c = (k: string, o?: Record<string, string | number>) => t(`adminCatalog.${k}`, o);
  const catalogs = (list.data ?? []).filter((x) => ('problems' in x ? !q : matchesCatalog(x, q)));

  const readFile = async (file: File) => {
    const source = readTemplateFile(await file.text());
    if (!source) toast('error', c('upload.notJson', { name: file.name }));
    setUploaded(source);
  };

  return (
    <div className="admin-catalog" data-testid="admin-catalog">
      <Typography.Paragraph type="secondary">{c('intro')}</Typography.Paragraph>
      <Input.Search
        allowClear
        placeholder={c('search')}
        aria-label={c('search')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        style={{ maxWidth: 360, marginBottom: 16 }}
      />
      <div className="admin-catalog-tools">
        <Card size="small" title={c('upload.title')} data-testid="catalog-upload">
          <Typography.Paragraph type="secondary">{c('upload.hint')}</Typography.Paragraph>
          <Upload
            accept=".json,application/json"
            showUploadList={false}
            beforeUpload={(file) => {
              void readFile(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />}>{c('upload.pick')}</Button>
          </Upload>
        </Card>
        <ExportCard />
      </div>
      {list.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
      {list.error && (
        <LoadFailed
          title={c('loadFailed', { error: errorText(list.error, lang) })}
          onRetry={() => void list.refetch()}
        />
      )}
      {list.isSuccess && catalogs.length === 0 && <Empty description={c(q ? 'noMatch' : 'empty')} />}
      <div className="admin-catalog-grid">
        {catalogs.map((x) =>
          'problems' in x ? (
            <Card key={x.code} size="small" title={x.code} data-testid={`catalog-${x.code}`}>
              <Alert
                type="warning"
                title={c('broken')}
                description={x.problems.map((p) => pick(p)).join('；')}
              />
            </Card>
          ) : (
            <CatalogCard
              key={x.code}
              title={pick(x.title)}
              description={x.description ? pick(x.description) : undefined}
              extra={c('demoOrg', { name: x.demoOrg })}
              flows={x.flows}
              onImport={() => onImport({ kind: 'shipped', code: x.code, title: x.title, flows: x.flows })}
              testId={`catalog-${x.code}`}
            />
          ),
        )}
        {uploaded && (
          <CatalogCard
            title={pick(uploaded.title)}
            extra={c('upload.uploaded')}
            flows={uploaded.flows}
            onImport={() => onImport(uploaded)}
            testId="catalog-uploaded"
          />
        )}
      </div>
    </div>
  );
}
