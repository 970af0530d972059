import { Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import NotificationPanel from './NotificationPanel';

/** On phones the notices take the whole screen, from the right, as a chat app's would. */
export default function NotificationDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer open={open} onClose={onClose} placement="right" size="100%" title={null} closable={false} styles={{ body: { padding: 0 } }} destroyOnHidden aria-label={t('desk.notice.title')}>
      <NotificationPanel onDone={onClose} closable />
    </Drawer>
  );
}
