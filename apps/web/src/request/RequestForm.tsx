import { useEffect, useState } from 'react';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { createFormStore, FormDataView, FormRenderer } from '../form-renderer/index';
import type { EditableFields } from './editable-fields';
import type { RequestDetail } from './request-detail';

interface Props {
  detail: RequestDetail;
  onEditable: (fields: EditableFields | null) => void;
}

/**
 * The request's form as the caller's step allows it: 'hidden' fields are absent (the server
 * leaves them out), 'read' ones are shown, and 'edit' ones are editable while the caller decides.
 */
export function RequestForm({ detail, onEditable }: Props) {
  const task = detail.myOpenTask;
  const deciding = detail.availableActions.includes('approve') || detail.availableActions.includes('done');
  const editing = task !== null && deciding && Object.values(detail.fieldAccess).includes('edit');
  if (!editing)
    return (
      <FormDataView
        uiSchema={detail.uiSchema}
        data={detail.data}
        model={detail.model}
        serialNo={detail.serialNo}
      />
    );
  return <EditableForm key={task.id} detail={detail} onEditable={onEditable} />;
}

function EditableForm({ detail, onEditable }: Props) {
  const { t } = useTranslation();
  const [store] = useState(() =>
    createFormStore({
      model: detail.model,
      schema: detail.schema,
      uiSchema: detail.uiSchema,
      initial: detail.data,
      access: detail.fieldAccess,
      // the applicant's facts: rules on rank or department decide as the server does for this request
      ...detail.applicantContext,
    }),
  );
  useEffect(() => {
    onEditable({
      validate: async () => {
        await store.ready();
        return store.validate().ok;
      },
      changed: () => store.changedEditable(),
      applyServerErrors: (errors) => store.applyServerErrors(errors),
    });
    return () => onEditable(null);
  }, [store, onEditable]);
  return (
    <>
      <Alert type="info" showIcon title={t('request.page.editableHint')} style={{ marginBottom: 16 }} />
      <FormRenderer store={store} serialNo={detail.serialNo} />
    </>
  );
}
