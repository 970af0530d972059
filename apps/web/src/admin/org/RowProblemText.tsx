import { Typography } from 'antd';

/** The server's reason, under the name of the row it is about. */
export function RowProblemText({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <Typography.Text type="danger" className="admin-org-row-problem" data-testid="row-problem">
      {text}
    </Typography.Text>
  );
}
