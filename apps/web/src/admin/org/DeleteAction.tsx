import { DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * 删除 behind a confirmation. The server's delete guards answer with a conflict and one sentence
 * ("还有 2 个下级部门、1 个岗位、0 名人员"); `onRefused` puts it on the row.
 */
export function DeleteAction({
  label,
  confirm,
  run,
  onRefused,
  testId,
  block = false,
}: {
  label: string;
  confirm: string;
  run: () => Promise<void>;
  onRefused: (error: unknown) => void;
  testId: string;
  block?: boolean;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <Popconfirm
      title={confirm}
      okText={t('adminOrg.common.ok')}
      cancelText={t('adminOrg.common.cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={() => {
        setBusy(true);
        run()
          .catch(onRefused)
          .finally(() => setBusy(false));
      }}
    >
      <Button
        danger
        type={block ? 'default' : 'link'}
        size={block ? 'middle' : 'small'}
        icon={block ? <DeleteOutlined /> : undefined}
        loading={busy}
        data-testid={testId}
      >
        {label}
      </Button>
    </Popconfirm>
  );
}
