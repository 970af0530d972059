import { useState } from 'react';
import { EllipsisOutlined } from '@ant-design/icons';
import { Button, Drawer } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { useIsPhone } from '../hooks/use-is-phone';
import { actionLayout, DANGER, type PageAction } from './action-layout';
import { ActionDialog } from './ActionDialog';
import type { EditableFields } from './editable-fields';
import type { RequestAction, RequestDetail } from './request-detail';
import { useActionSuccess } from './dialogs/use-action-success';
import { toast } from '../layout/toast';

/** Actions on the caller's own open task; without one, the engine cannot have offered them. */
const TASK_ACTIONS: ReadonlySet<RequestAction> = new Set<RequestAction>([
  'approve',
  'reject',
  'done',
  'read',
  'acknowledge',
  'return',
  'transfer',
  'addSigner',
]);

interface Props {
  detail: RequestDetail;
  /** the fields the caller's step lets them change, checked before a decision is sent */
  editable: EditableFields | null;
  selfId: string | undefined;
}

/**
 * The buttons of exactly the actions the engine allows the caller now (`availableActions`): on a
 * phone the main two in a bar at the thumb and the rest in a sheet, on a desktop all in one bar.
 */
export function ActionBar({ detail, editable, selfId }: Props) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const trpc = useTRPC();
  const [open, setOpen] = useState<PageAction | null>(null);
  const [sheet, setSheet] = useState(false);
  const task = detail.myOpenTask;
  const available = detail.availableActions.filter((a) => task !== null || !TASK_ACTIONS.has(a));
  const { main, more } = actionLayout(available);
  const onRead = useActionSuccess(() => undefined);
  const read = useMutation(trpc.actions.read.mutationOptions({ onSuccess: onRead }));

  if (main.length === 0) return null;

  const start = async (action: PageAction) => {
    setSheet(false);
    if (action === 'read') {
      if (task) read.mutate({ taskId: task.id });
      return;
    }
    // the edited fields sit on the page, not in the dialog: say what is wrong there first
    if ((action === 'approve' || action === 'done') && editable && !(await editable.validate())) {
      toast('error', t('request.action.fixErrors'));
      return;
    }
    setOpen(action);
  };

  const button = (action: PageAction, primary: boolean, block = false) => (
    <Button
      key={action}
      type={primary ? 'primary' : 'default'}
      danger={DANGER.has(action) && !primary}
      size="large"
      block={block}
      loading={action === 'read' && read.isPending}
      onClick={() => void start(action)}
      data-testid={`action-${action}`}
    >
      {t(`request.action.${action}`)}
    </Button>
  );
  const [first, second] = main;

  return (
    <>
      {phone ? (
        <div className="signoff-request-bar signoff-request-bar-phone" data-testid="action-bar">
          {more.length > 0 && (
            <Button
              size="large"
              icon={<EllipsisOutlined />}
              onClick={() => setSheet(true)}
              aria-label={t('request.action.more')}
              data-testid="action-more"
            >
              {t('request.action.more')}
            </Button>
          )}
          {second && button(second, false)}
          {first && button(first, true)}
        </div>
      ) : (
        <div className="signoff-request-bar" data-testid="action-bar">
          <div className="signoff-request-bar-more">{more.map((a) => button(a, false))}</div>
          {second && button(second, false)}
          {first && button(first, true)}
        </div>
      )}
      {phone && (
        <Drawer
          open={sheet}
          placement="bottom"
          size="auto"
          title={t('request.action.moreTitle')}
          onClose={() => setSheet(false)}
          destroyOnHidden
          rootClassName="signoff-request-sheet"
        >
          <div className="signoff-request-sheet-list">{more.map((a) => button(a, false, true))}</div>
        </Drawer>
      )}
      {open && (
        <ActionDialog
          action={open}
          detail={detail}
          editable={editable}
          selfId={selfId}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}
