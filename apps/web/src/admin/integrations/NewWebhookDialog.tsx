import { Checkbox, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { eventKey, WEBHOOK_EVENT_CHOICES, type WebhookEventChoice } from './webhook-events';

export interface NewWebhook {
  url: string;
  events: WebhookEventChoice[];
}

/** URL and events of a new webhook; the server makes its signing secret. */
export function NewWebhookDialog(props: {
  open: boolean;
  busy: boolean;
  onCancel: () => void;
  onCreate: (v: NewWebhook) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NewWebhook>();
  const submit = async () => {
    const v = await form.validateFields();
    props.onCreate({ url: v.url.trim(), events: v.events });
  };
  return (
    <Modal
      open={props.open}
      title={t('adminIntegrations.hooks.create')}
      onCancel={props.onCancel}
      onOk={() => void submit()}
      confirmLoading={props.busy}
      destroyOnHidden
      afterClose={() => form.resetFields()}
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ events: ['instance.submitted'] }}
      >
        <Form.Item
          name="url"
          label={t('adminIntegrations.hooks.url')}
          rules={[
            { required: true, pattern: /^https?:\/\/\S+$/, message: t('adminIntegrations.hooks.urlInvalid') },
          ]}
        >
          <Input
            placeholder={t('adminIntegrations.hooks.urlPlaceholder')}
            maxLength={2000}
            data-testid="webhook-url"
          />
        </Form.Item>
        <Form.Item
          name="events"
          label={t('adminIntegrations.hooks.events')}
          rules={[
            { required: true, type: 'array', min: 1, message: t('adminIntegrations.hooks.eventsRequired') },
          ]}
        >
          <Checkbox.Group
            options={WEBHOOK_EVENT_CHOICES.map((e) => ({
              value: e,
              label: `${t(eventKey(e) ?? e)}${e === '*' ? '' : ` (${e})`}`,
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
