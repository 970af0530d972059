import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { toast } from '../../layout/toast';
import { DeleteAction } from './DeleteAction';
import { useRefreshOrg } from './use-org';

/**
 * A table row's 编辑 and 删除: the delete asks first, then on success reloads the org and says so;
 * a refusal goes to `onRefused` for the row to show.
 */
export function RowActions({
  onEdit,
  deleteLabel,
  confirm,
  remove,
  removed,
  onRefused,
  testId,
}: {
  onEdit: () => void;
  deleteLabel: string;
  confirm: string;
  remove: () => Promise<unknown>;
  /** the toast after a delete */
  removed: string;
  onRefused: (error: unknown) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshOrg();
  return (
    <Space size={0}>
      <Button type="link" size="small" onClick={onEdit}>
        {t('adminOrg.common.edit')}
      </Button>
      <DeleteAction
        label={deleteLabel}
        confirm={confirm}
        testId={testId}
        run={async () => {
          await remove();
          await refresh();
          toast('success', removed);
        }}
        onRefused={onRefused}
      />
    </Space>
  );
}
