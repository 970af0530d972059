import { Card, Col, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../api/trpc';

type ImportResult = RouterOutputs['org']['import'];
type Kind = 'departments' | 'positions' | 'users';

/** Names are capped per list so a first import of 3 000 people does not render 3 000 tags; the count says the rest. */
const SHOWN = 30;

/** The names behind one count, in that count's colour (the count's tag above says what they are). */
function NameList({ names, color, testId }: { names: string[]; color: string; testId: string }) {
  if (names.length === 0) return null;
  return (
    <div style={{ marginBottom: 8 }} data-testid={testId}>
      <div>
        {names.slice(0, SHOWN).map((n, i) => (
          <Tag key={`${n}-${i}`} color={color} style={{ marginBottom: 4 }}>
            {n}
          </Tag>
        ))}
        {names.length > SHOWN && <Typography.Text type="secondary">…</Typography.Text>}
      </div>
    </div>
  );
}

/** What an import will create, change and deactivate, per kind, with the names behind each count. */
export function ImportPreview({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const { summary, changes } = result;
  const kinds: Kind[] = ['departments', 'positions', 'users'];
  return (
    <Row gutter={[16, 16]}>
      {kinds.map((k) => {
        const names = changes[k];
        const deactivated = k === 'users' ? changes.users.deactivated : [];
        return (
          <Col key={k} xs={24} md={8}>
            <Card size="small" title={t(`adminOrgImport.kinds.${k}`)} data-testid={`preview-${k}`}>
              <Space size={[8, 4]} wrap style={{ marginBottom: 8 }}>
                <Tag color="green">{t('adminOrgImport.created', { count: summary[k].created })}</Tag>
                <Tag color="blue">{t('adminOrgImport.updated', { count: summary[k].updated })}</Tag>
                {k === 'users' && (
                  <Tag color="orange">
                    {t('adminOrgImport.deactivated', { count: summary.users.deactivated })}
                  </Tag>
                )}
              </Space>
              <NameList names={names.created} color="green" testId={`created-${k}`} />
              <NameList names={names.updated} color="blue" testId={`updated-${k}`} />
              <NameList names={deactivated} color="orange" testId="deactivated-users" />
            </Card>
          </Col>
        );
      })}
      {summary.ranks.created > 0 && (
        <Col span={24}>
          <Tag color="green">
            {t('adminOrgImport.kinds.ranks')}: {t('adminOrgImport.created', { count: summary.ranks.created })}
          </Tag>
        </Col>
      )}
    </Row>
  );
}

/** Whether the import would change anything at all. */
export const changesNothing = ({ summary: s }: ImportResult) =>
  s.departments.created +
    s.departments.updated +
    s.positions.created +
    s.positions.updated +
    s.users.created +
    s.users.updated +
    s.users.deactivated +
    s.ranks.created ===
  0;
