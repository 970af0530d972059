import type { PageAction } from './action-layout';
import { CommentDialog } from './dialogs/CommentDialog';
import { DecisionDialog } from './dialogs/DecisionDialog';
import { InstanceActionDialog } from './dialogs/InstanceActionDialog';
import { PeopleDialog } from './dialogs/PeopleDialog';
import { ResubmitDialog } from './dialogs/ResubmitDialog';
import { ReturnDialog } from './dialogs/ReturnDialog';
import type { EditableFields } from './editable-fields';
import { useLang } from '../i18n/use-lang';
import type { RequestDetail } from './request-detail';

interface Props {
  action: PageAction;
  detail: RequestDetail;
  editable: EditableFields | null;
  selfId: string | undefined;
  onClose: () => void;
}

/** The dialog of one action, given what it needs from the request. */
export function ActionDialog({ action, detail, editable, selfId, onClose }: Props) {
  const { pick } = useLang();
  const task = detail.myOpenTask;
  const labelOf = (key: string) => pick(detail.uiSchema.fields[key]?.label) || key;
  switch (action) {
    case 'approve':
    case 'done':
    case 'acknowledge':
    case 'reject':
      return task ? (
        <DecisionDialog
          action={action}
          taskId={task.id}
          instanceId={detail.id}
          signatureRequired={detail.signatureRequired}
          editable={editable}
          labelOf={labelOf}
          onClose={onClose}
        />
      ) : null;
    case 'return':
      return task ? (
        <ReturnDialog
          taskId={task.id}
          targets={detail.returnTargets}
          startNodeId={detail.route.find((s) => s.kind === 'start')?.nodeId}
          applicantName={detail.applicant.name}
          onClose={onClose}
        />
      ) : null;
    case 'transfer':
    case 'addSigner':
      return task ? <PeopleDialog action={action} taskId={task.id} selfId={selfId} onClose={onClose} /> : null;
    case 'withdraw':
    case 'urge':
    case 'cancel':
      return <InstanceActionDialog action={action} instanceId={detail.id} onClose={onClose} />;
    case 'comment':
      return <CommentDialog instanceId={detail.id} onClose={onClose} />;
    case 'resubmit':
      return <ResubmitDialog detail={detail} onClose={onClose} />;
    case 'read':
      return null;
  }
}
