import {
  AlertOutlined,
  BellOutlined,
  CheckCircleFilled,
  ClockCircleOutlined,
  CloseCircleFilled,
  EyeOutlined,
  FieldTimeOutlined,
  FlagFilled,
  ForkOutlined,
  ForwardOutlined,
  MessageOutlined,
  RedoOutlined,
  RollbackOutlined,
  SendOutlined,
  StopOutlined,
  SwapOutlined,
  ToolOutlined,
  UndoOutlined,
  UserAddOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { TimelineEventType } from './request-detail';

export interface EventLook {
  color: string;
  icon: ReactNode;
}

/** How each engine event is drawn in the timeline: green for a decision forward, red for a stop. */
export const EVENT_LOOK: Record<TimelineEventType, EventLook> = {
  submitted: { color: 'blue', icon: <SendOutlined /> },
  step_started: { color: 'gray', icon: <ClockCircleOutlined /> },
  step_skipped: { color: 'gray', icon: <ForwardOutlined /> },
  approved: { color: 'green', icon: <CheckCircleFilled /> },
  rejected: { color: 'red', icon: <CloseCircleFilled /> },
  done: { color: 'green', icon: <ToolOutlined /> },
  notified: { color: 'blue', icon: <EyeOutlined /> },
  read: { color: 'gray', icon: <EyeOutlined /> },
  finished: { color: 'green', icon: <FlagFilled /> },
  acknowledged: { color: 'green', icon: <EyeOutlined /> },
  returned: { color: 'orange', icon: <RollbackOutlined /> },
  resubmitted: { color: 'blue', icon: <RedoOutlined /> },
  withdrawn: { color: 'gray', icon: <UndoOutlined /> },
  transferred: { color: 'blue', icon: <SwapOutlined /> },
  signer_added: { color: 'blue', icon: <UserAddOutlined /> },
  urged: { color: 'orange', icon: <BellOutlined /> },
  commented: { color: 'blue', icon: <MessageOutlined /> },
  cancelled: { color: 'red', icon: <StopOutlined /> },
  reassigned: { color: 'orange', icon: <UserSwitchOutlined /> },
  extended: { color: 'blue', icon: <FieldTimeOutlined /> },
  reminded: { color: 'gray', icon: <BellOutlined /> },
  overdue: { color: '#faad14', icon: <AlertOutlined /> },
  red_card: { color: 'red', icon: <AlertOutlined /> },
  parallel_started: { color: 'gray', icon: <ForkOutlined /> },
  parallel_joined: { color: 'gray', icon: <ForkOutlined /> },
};
