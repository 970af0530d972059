import { Form, Input, InputNumber } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import { toast } from '../../layout/toast';
import type { OrgRank } from './org-model';
import { problemText } from './org-problems';
import { OrgFormModal } from './OrgFormModal';
import { useRefreshOrg } from './use-org';

interface Values {
  name: string;
  order: number;
}

/** 新建 / 编辑职级; a new rank goes above the highest one. */
export function RankDialog({
  rank,
  nextOrder,
  onClose,
}: {
  rank?: OrgRank;
  nextOrder: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const refresh = useRefreshOrg();
  const save = useMutation(trpc.org.saveRank.mutationOptions());
  return (
    <OrgFormModal<Values>
      testId="rank-dialog"
      title={rank ? t('adminOrg.ranks.editTitle', { name: rank.name }) : t('adminOrg.ranks.createTitle')}
      initialValues={{ name: rank?.name ?? '', order: rank?.order ?? nextOrder }}
      describe={(e) => problemText(e, `rank:${rank?.id ?? ''}`, lang)}
      onClose={onClose}
      onSave={async (v) => {
        const saved = await save.mutateAsync({
          ...(rank ? { id: rank.id } : {}),
          name: v.name.trim(),
          order: v.order,
        });
        await refresh();
        toast('success', t('adminOrg.ranks.saved', { name: saved.name }));
        onClose();
      }}
    >
      {() => (
        <>
          <Form.Item
            name="name"
            label={t('adminOrg.ranks.name')}
            rules={[{ required: true, whitespace: true, message: t('adminOrg.ranks.nameRequired') }]}
          >
            <Input maxLength={100} autoFocus data-testid="rank-name" />
          </Form.Item>
          <Form.Item name="order" label={t('adminOrg.ranks.order')} extra={t('adminOrg.ranks.orderHelp')}>
            <InputNumber min={0} max={1000} precision={0} />
          </Form.Item>
        </>
      )}
    </OrgFormModal>
  );
}
