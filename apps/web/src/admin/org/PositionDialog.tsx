import { Form, Input, Switch } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import { toast } from '../../layout/toast';
import type { OrgPosition } from './org-model';
import { problemText } from './org-problems';
import { OrgFormModal } from './OrgFormModal';
import { useRefreshOrg } from './use-org';

interface Values {
  name: string;
  isHead: boolean;
}

/** 新建 / 编辑岗位 in one department. */
export function PositionDialog({
  departmentId,
  position,
  onClose,
}: {
  departmentId: string;
  position?: OrgPosition;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const refresh = useRefreshOrg();
  const save = useMutation(trpc.org.savePosition.mutationOptions());
  return (
    <OrgFormModal<Values>
      testId="position-dialog"
      title={
        position
          ? t('adminOrg.positions.editTitle', { name: position.name })
          : t('adminOrg.positions.createTitle')
      }
      initialValues={{ name: position?.name ?? '', isHead: position?.isHead ?? false }}
      describe={(e) => problemText(e, `position:${position?.id ?? ''}`, lang)}
      onClose={onClose}
      onSave={async (v) => {
        const saved = await save.mutateAsync({
          ...(position ? { id: position.id } : {}),
          name: v.name.trim(),
          departmentId,
          isHead: v.isHead,
        });
        await refresh();
        toast('success', t('adminOrg.positions.saved', { name: saved.name }));
        onClose();
      }}
    >
      {() => (
        <>
          <Form.Item
            name="name"
            label={t('adminOrg.positions.name')}
            rules={[{ required: true, whitespace: true, message: t('adminOrg.positions.nameRequired') }]}
          >
            <Input maxLength={100} autoFocus data-testid="position-name" />
          </Form.Item>
          <Form.Item name="isHead" label={t('adminOrg.positions.isHead')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </>
      )}
    </OrgFormModal>
  );
}
