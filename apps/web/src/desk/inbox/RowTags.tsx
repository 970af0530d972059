import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InboxRow } from './inbox-row';

/** 加急, the yellow / red card of an overdue task and 已导入 (history from another system), as small tags beside the title. */
export function RowTags({ row }: { row: Pick<InboxRow, 'urgent' | 'card'> & { imported?: boolean } }) {
  const { t } = useTranslation();
  return (
    <>
      {row.imported && (
        <Tag className="desk-tag" data-testid="imported-tag">
          {t('desk.tag.imported')}
        </Tag>
      )}
      {row.urgent && (
        <Tag color="red" variant="solid" className="desk-tag" data-testid="urgent-tag">
          {t('desk.tag.urgent')}
        </Tag>
      )}
      {row.card && (
        <Tag
          color={row.card === 'red' ? 'red' : 'gold'}
          className="desk-tag"
          data-testid={`card-${row.card}`}
        >
          {t(row.card === 'red' ? 'desk.tag.red' : 'desk.tag.yellow')}
        </Tag>
      )}
    </>
  );
}
