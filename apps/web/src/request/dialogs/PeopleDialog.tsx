import { Form, Input, Modal, Radio, Space } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { PersonSearchSelect } from '../../directory/PersonSearchSelect';
import { ServerError } from './ServerError';
import { useActionSuccess } from './use-action-success';

interface Props {
  action: 'transfer' | 'addSigner';
  taskId: string;
  /** the caller, who can neither transfer to nor add themselves */
  selfId: string | undefined;
  onClose: () => void;
}

interface Values {
  people?: string | string[];
  position?: 'before' | 'after';
  comment?: string;
}

const asList = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

/** 转交 the task to one person, or 加签 one or more people before or after the caller. */
export function PeopleDialog({ action, taskId, selfId, onClose }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [form] = Form.useForm<Values>();
  const onSuccess = useActionSuccess(onClose);
  const transfer = useMutation(trpc.actions.transfer.mutationOptions({ onSuccess }));
  const addSigner = useMutation(trpc.actions.addSigner.mutationOptions({ onSuccess }));
  const mutation = action === 'transfer' ? transfer : addSigner;
  const adding = action === 'addSigner';

  const confirm = async () => {
    const { people, position, comment } = await form.validateFields();
    const text = comment?.trim() ? comment.trim() : undefined;
    const ids = asList(people);
    if (adding) addSigner.mutate({ taskId, userIds: ids, position: position ?? 'before', comment: text });
    else transfer.mutate({ taskId, toUserId: ids[0] ?? '', comment: text });
  };

  return (
    <Modal
      open
      title={t(`request.action.${action}`)}
      okText={t('request.action.confirm')}
      cancelText={t('request.action.cancelDialog')}
      confirmLoading={mutation.isPending}
      onOk={() => void confirm().catch(() => undefined)}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <ServerError error={mutation.error} />
      <Form form={form} layout="vertical" preserve={false} initialValues={{ position: 'before' }}>
        <Form.Item
          name="people"
          label={adding ? t('request.action.signers') : t('request.action.transferTo')}
          rules={[
            {
              required: true,
              message: adding ? t('request.action.signersRequired') : t('request.action.transferToRequired'),
            },
          ]}
        >
          <PersonSearchSelect testId="user-search" multiple={adding} excludeIds={selfId ? [selfId] : []} />
        </Form.Item>
        {adding && (
          <Form.Item name="position" label={t('request.action.position')}>
            <Radio.Group>
              <Space orientation="vertical">
                <Radio value="before">{t('request.action.before')}</Radio>
                <Radio value="after">{t('request.action.after')}</Radio>
              </Space>
            </Radio.Group>
          </Form.Item>
        )}
        <Form.Item name="comment" label={t('request.action.opinion')}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={2000}
            placeholder={t('request.action.commentPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
