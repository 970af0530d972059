import { Modal } from 'antd';
import { useTranslation } from 'react-i18next';

/** Removing a branch or a parallel block takes every node on its paths: asked first. */
export function RemoveBlockDialog({
  name,
  onConfirm,
  onCancel,
}: {
  name: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t('routeDesigner.canvas.confirmRemoveTitle')}
      okText={t('routeDesigner.canvas.remove')}
      cancelText={t('routeDesigner.canvas.cancel')}
      okButtonProps={{ danger: true, id: 'route-remove-confirm' }}
      onOk={onConfirm}
      onCancel={onCancel}
    >
      <p>{t('routeDesigner.canvas.confirmRemove', { name })}</p>
    </Modal>
  );
}
