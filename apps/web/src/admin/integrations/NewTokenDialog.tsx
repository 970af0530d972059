import { Checkbox, Flex, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_TOKEN_SCOPES,
  POWERFUL_SCOPES,
  scopeKey,
  TOKEN_SCOPES,
  type TokenScope,
} from './token-scopes';

export interface NewToken {
  name: string;
  scopes: TokenScope[];
}

/** Name and scopes of a new API token, each scope with a line on what it allows; the server makes the token. */
export function NewTokenDialog(props: {
  open: boolean;
  busy: boolean;
  onCancel: () => void;
  onCreate: (v: NewToken) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NewToken>();
  const submit = async () => {
    // a failed check is shown on the fields themselves
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    props.onCreate({ name: v.name.trim(), scopes: TOKEN_SCOPES.filter((s) => v.scopes.includes(s)) });
  };
  return (
    <Modal
      open={props.open}
      title={t('adminIntegrations.tokens.create')}
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
        initialValues={{ scopes: DEFAULT_TOKEN_SCOPES }}
        onFinish={() => void submit()}
      >
        <Form.Item
          name="name"
          label={t('adminIntegrations.tokens.name')}
          rules={[{ required: true, whitespace: true, message: t('adminIntegrations.tokens.nameRequired') }]}
        >
          <Input maxLength={100} placeholder={t('adminIntegrations.tokens.namePlaceholder')} autoFocus />
        </Form.Item>
        <Form.Item
          name="scopes"
          label={t('adminIntegrations.tokens.scopes')}
          rules={[
            { required: true, type: 'array', min: 1, message: t('adminIntegrations.tokens.scopesRequired') },
          ]}
        >
          <Checkbox.Group style={{ width: '100%' }} data-testid="token-scopes">
            <Flex vertical gap={8}>
              {TOKEN_SCOPES.map((s) => (
                <Checkbox key={s} value={s}>
                  <Typography.Text code>{s}</Typography.Text>{' '}
                  <Typography.Text type={POWERFUL_SCOPES.has(s) ? 'warning' : 'secondary'}>
                    {t(scopeKey(s) ?? s)}
                  </Typography.Text>
                </Checkbox>
              ))}
            </Flex>
          </Checkbox.Group>
        </Form.Item>
      </Form>
    </Modal>
  );
}
