import { useState } from 'react';
import { App, Alert, Button, Card, Form, Skeleton, Space, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { appErrorOf, errorText, type FieldErrorData } from '../api/app-error';
import { useTRPC } from '../api/trpc';
import { applyFieldErrors } from '../form-renderer/field-errors';
import { cleanValues, FormRenderer, renderedKeys } from '../form-renderer/FormRenderer';
import type { FormValues } from '../form-renderer/types';
import { useLang } from '../i18n/use-lang';

export default function FillFormPage() {
  const { templateId = '' } = useParams();
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [leftover, setLeftover] = useState<FieldErrorData[]>([]);
  const template = useQuery(trpc.forms.get.queryOptions({ templateId }));
  const submit = useMutation(trpc.instances.submit.mutationOptions());

  if (template.isPending) return <Skeleton active />;
  if (template.isError) return <Alert type="error" showIcon title={errorText(template.error, lang)} />;
  const { schema, uiSchema, title } = template.data;

  const onFinish = (values: FormValues) => {
    setSubmitError(null);
    setLeftover([]);
    submit.mutate(
      { templateId, data: cleanValues(values) },
      {
        onSuccess: (res) => {
          void message.success(t('fill.submitted', { serialNo: res.serialNo }));
          void queryClient.invalidateQueries(trpc.instances.mine.pathFilter());
          void navigate(`/requests/${encodeURIComponent(res.id)}`);
        },
        onError: (e) => {
          setSubmitError(e);
          const fieldErrors = appErrorOf(e)?.fieldErrors;
          if (fieldErrors?.length) setLeftover(applyFieldErrors(form, fieldErrors, lang, renderedKeys(uiSchema)));
        },
      },
    );
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%', maxWidth: 880 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {pick(title)}
      </Typography.Title>
      {submitError !== null && (
        <Alert
          type="error"
          showIcon
          title={errorText(submitError, lang)}
          description={leftover.length > 0 ? leftover.map((l) => pick(l.message)).join('；') : undefined}
          data-testid="submit-error"
        />
      )}
      <Card className="signoff-form-card" variant="borderless">
        <FormRenderer
          form={form}
          schema={schema}
          uiSchema={uiSchema}
          onFinish={onFinish}
          disabled={submit.isPending}
          footer={
            <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
              <Button onClick={() => void navigate(-1)}>{t('fill.cancel')}</Button>
              <Button type="primary" htmlType="submit" loading={submit.isPending} data-testid="submit-form">
                {t('fill.submit')}
              </Button>
            </Space>
          }
        />
      </Card>
    </Space>
  );
}
