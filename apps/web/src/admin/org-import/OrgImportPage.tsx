import { useState } from 'react';
import { Alert, Button, Card, Result, Select, Space, Spin, Typography, Upload } from 'antd';
import { DownloadOutlined, FileExcelOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText, fieldErrorsOf } from '../../api/app-error';
import { saveBase64File } from '../../files/save-file';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import './admin-org-import.i18n';
import { changesNothing, ImportPreview } from './ImportPreview';
import { ImportProblems } from './ImportProblems';
import { problemRows, readOrgUpload, type LocalFileProblem, type OrgUpload } from './org-file-transfer';

type CsvSheet = 'departments' | 'positions' | 'users';

/**
 * /admin/org-import: upload → dry run (nothing written) → preview or every problem by sheet and line
 * → confirm, which sends the same file again with `dryRun: false`. Export and the empty template beside.
 */
export default function OrgImportPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [upload, setUpload] = useState<OrgUpload | null>(null);
  const [local, setLocal] = useState<{ problem: LocalFileProblem; name: string } | null>(null);
  const [csvSheet, setCsvSheet] = useState<CsvSheet | null>(null);
  const check = useMutation(trpc.org.import.mutationOptions());
  const run = useMutation({
    ...trpc.org.import.mutationOptions(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.org.view.queryKey() }),
  });
  const download = useMutation({
    mutationFn: async (which: 'export' | 'template') => {
      const file =
        which === 'export' ? await client.org.export.query() : await client.org.importTemplate.query();
      saveBase64File(file.fileName, file.contentBase64);
    },
  });

  const input = (u: OrgUpload, dryRun: boolean) => ({
    format: u.format,
    contentBase64: u.contentBase64,
    dryRun,
    ...(u.format === 'csv' && csvSheet ? { sheet: csvSheet } : {}),
  });
  const choose = async (file: File) => {
    check.reset();
    run.reset();
    setUpload(null);
    const read = await readOrgUpload(file);
    if (typeof read === 'string') return setLocal({ problem: read, name: file.name });
    setLocal(null);
    setUpload(read);
    check.mutate(input(read, true));
  };
  const again = () => {
    check.reset();
    run.reset();
    setUpload(null);
  };

  return (
    <div data-testid="admin-org-import" style={{ maxWidth: 1100 }}>
      <Typography.Paragraph type="secondary">{t('adminOrgImport.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button
          icon={<FileExcelOutlined />}
          onClick={() => download.mutate('export')}
          loading={download.isPending && download.variables === 'export'}
          data-testid="org-export"
        >
          {t('adminOrgImport.export')}
        </Button>
        <Button
          icon={<DownloadOutlined />}
          onClick={() => download.mutate('template')}
          loading={download.isPending && download.variables === 'template'}
          data-testid="org-template"
        >
          {t('adminOrgImport.template')}
        </Button>
        <span>{t('adminOrgImport.csvSheet')}</span>
        <Select<CsvSheet | 'auto'>
          value={csvSheet ?? 'auto'}
          onChange={(v) => setCsvSheet(v === 'auto' ? null : v)}
          style={{ width: 150 }}
          aria-label={t('adminOrgImport.csvSheet')}
          options={[
            { value: 'auto', label: t('adminOrgImport.csvAuto') },
            ...(['departments', 'positions', 'users'] as const).map((s) => ({
              value: s,
              label: t(`adminOrgImport.sheets.${s}`),
            })),
          ]}
        />
      </Space>
      {download.isError && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('adminOrgImport.downloadFailed', { error: errorText(download.error, lang) })}
        />
      )}
      {!run.isSuccess && (
        <Upload.Dragger
          accept=".xlsx,.csv"
          multiple={false}
          showUploadList={false}
          disabled={check.isPending || run.isPending}
          beforeUpload={(file) => {
            void choose(file);
            return Upload.LIST_IGNORE;
          }}
          data-testid="org-upload"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('adminOrgImport.upload')}</p>
          <p className="ant-upload-hint">{t('adminOrgImport.dragHint')}</p>
        </Upload.Dragger>
      )}
      <div style={{ marginTop: 16 }} aria-live="polite">
        {local && (
          <Alert
            type="error"
            showIcon
            data-testid="import-local-problem"
            title={t(`adminOrgImport.${local.problem}`, { name: local.name })}
          />
        )}
        {check.isPending && upload && (
          <Spin description={t('adminOrgImport.checking', { name: upload.name })} />
        )}
        {check.isError && (
          <Card size="small" title={t('adminOrgImport.refused')} data-testid="import-refused">
            <Alert type="error" showIcon title={errorText(check.error, lang)} style={{ marginBottom: 12 }} />
            {fieldErrorsOf(check.error).length > 0 && (
              <>
                <Typography.Paragraph>
                  {t('adminOrgImport.problems', { count: fieldErrorsOf(check.error).length })}
                </Typography.Paragraph>
                <ImportProblems problems={problemRows(fieldErrorsOf(check.error))} />
              </>
            )}
          </Card>
        )}
        {check.isSuccess && upload && !run.isSuccess && (
          <Card
            size="small"
            title={t('adminOrgImport.preview', { name: upload.name })}
            data-testid="import-preview"
          >
            {changesNothing(check.data) ? (
              <Alert type="info" showIcon title={t('adminOrgImport.nothing')} />
            ) : (
              <ImportPreview result={check.data} />
            )}
            {run.isError && (
              <Alert type="error" showIcon title={errorText(run.error, lang)} style={{ marginTop: 12 }} />
            )}
            <Space style={{ marginTop: 16 }}>
              <Button
                type="primary"
                disabled={changesNothing(check.data)}
                loading={run.isPending}
                onClick={() => check.variables && run.mutate({ ...check.variables, dryRun: false })}
                data-testid="import-confirm"
              >
                {t('adminOrgImport.confirm')}
              </Button>
              <Button onClick={again} disabled={run.isPending}>
                {t('adminOrgImport.another')}
              </Button>
            </Space>
          </Card>
        )}
        {run.isSuccess && upload && (
          <Result
            status="success"
            title={t('adminOrgImport.imported')}
            subTitle={t('adminOrgImport.importedDetail', { name: upload.name })}
            extra={<Button onClick={again}>{t('adminOrgImport.another')}</Button>}
            data-testid="import-done"
          >
            <ImportPreview result={run.data} />
          </Result>
        )}
      </div>
    </div>
  );
}
