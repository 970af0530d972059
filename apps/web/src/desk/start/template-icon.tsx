import type { ReactNode } from 'react';
import {
  AccountBookOutlined,
  CalendarOutlined,
  CarOutlined,
  ClockCircleOutlined,
  CoffeeOutlined,
  EditOutlined,
  FileProtectOutlined,
  FileTextOutlined,
  FolderOpenOutlined,
  FormOutlined,
  NotificationOutlined,
  SafetyCertificateOutlined,
  ShoppingCartOutlined,
  TeamOutlined,
  ToolOutlined,
} from '@ant-design/icons';
import type { Localized } from '@signoff/schema';

// what a flow is about, read from its title: an icon people recognise at a glance instead of twenty identical ones
const KINDS: { words: RegExp; icon: ReactNode; color: string }[] = [
  { words: /维修|保养|repair|maintenance/i, icon: <ToolOutlined />, color: '#597ef7' },
  { words: /车|vehicle|\bcars?\b/i, icon: <CarOutlined />, color: '#13c2c2' },
  { words: /假|leave/i, icon: <CalendarOutlined />, color: '#52c41a' },
  { words: /考勤|补签|打卡|attendance/i, icon: <ClockCircleOutlined />, color: '#2f54eb' },
  { words: /报销|借款|费用|付款|loan|expense|payment/i, icon: <AccountBookOutlined />, color: '#fa8c16' },
  { words: /采购|申购|purchase/i, icon: <ShoppingCartOutlined />, color: '#eb2f96' },
  { words: /合同|contract/i, icon: <FileProtectOutlined />, color: '#0958d9' },
  { words: /印|章|seal/i, icon: <SafetyCertificateOutlined />, color: '#cf1322' },
  { words: /档案|借阅|archive/i, icon: <FolderOpenOutlined />, color: '#8c6e45' },
  { words: /人事|入职|离职|调动|personnel|hire/i, icon: <TeamOutlined />, color: '#722ed1' },
  { words: /招待|接待|entertain/i, icon: <CoffeeOutlined />, color: '#d4380d' },
  { words: /通知|公告|notice/i, icon: <NotificationOutlined />, color: '#08979c' },
  { words: /变更|设计|change|design/i, icon: <EditOutlined />, color: '#7cb305' },
  { words: /日报|周报|报告|report|daily/i, icon: <FileTextOutlined />, color: '#1890ff' },
];

export function templateIcon(title: Localized): { icon: ReactNode; color: string } {
  const text = `${title.zh} ${title.en}`;
  const kind = KINDS.find((k) => k.words.test(text));
  return kind ? { icon: kind.icon, color: kind.color } : { icon: <FormOutlined />, color: '#0958d9' };
}
