import { Alert, Button, Divider, Popconfirm, Tag, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import { toast } from '../../layout/toast';
import { grantsOnTarget, type AccessFacts } from './access-model';
import { grantWho, levelWord } from './access-words';
import { AddGrantForm, type NewGrant } from './AddGrantForm';

export interface GrantTarget {
  type: 'folder' | 'template';
  id: string;
  folderId: string | null;
}

/** A folder's or template's grants: those set on it (revocable), those inherited from folders above, and 添加授权. */
export function GrantsPanel({
  facts,
  target,
  onChanged,
}: {
  facts: AccessFacts;
  target: GrantTarget;
  onChanged: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const grant = useMutation(trpc.templates.grant.mutationOptions());
  const revoke = useMutation(trpc.templates.revoke.mutationOptions());
  const { own, inherited } = grantsOnTarget(facts, target);
  const g = (k: string, o?: Record<string, string>) => t(`adminTemplates.grants.${k}`, o);
  const failed = (e: unknown) => toast('error', g('failed', { error: errorText(e, lang) }));

  const add = (n: NewGrant) =>
    grant
      .mutateAsync({ targetType: target.type, targetId: target.id, ...n })
      .then(async () => {
        toast('success', g('granted'));
        await onChanged();
      })
      .catch(failed);
  const remove = (id: string) =>
    revoke
      .mutateAsync({ id })
      .then(async () => {
        toast('success', g('revoked'));
        await onChanged();
      })
      .catch(failed);

  return (
    <div data-testid="grants-panel">
      <Alert type="info" showIcon title={g('hint')} style={{ marginBottom: 12 }} />
      <Typography.Title level={5}>{g('own')}</Typography.Title>
      <ul className="admin-grants">
        {own.length === 0 && (
          <li className="admin-grants-empty">{inherited.length === 0 ? g('none') : '—'}</li>
        )}
        {own.map((x) => (
          <li key={x.id} data-testid="grant-row">
            <span>{grantWho(t, facts, x)}</span>
            <span>
              <Tag color="blue">{levelWord(t, x.level)}</Tag>
              <Popconfirm title={g('revokeConfirm')} onConfirm={() => void remove(x.id)}>
                <Button size="small" danger type="link" data-testid="grant-revoke">
                  {g('revoke')}
                </Button>
              </Popconfirm>
            </span>
          </li>
        ))}
      </ul>
      <div style={{ marginTop: 12 }}>
        <AddGrantForm facts={facts} busy={grant.isPending} onGrant={(n) => void add(n)} />
      </div>
      <Divider />
      <Typography.Title level={5}>{g('inherited')}</Typography.Title>
      <ul className="admin-grants">
        {inherited.length === 0 && <li className="admin-grants-empty">{g('noneInherited')}</li>}
        {inherited.map((x) => (
          <li key={x.grant.id} data-testid="inherited-grant-row">
            <span>{grantWho(t, facts, x.grant)}</span>
            <span>
              <Tag color="blue">{levelWord(t, x.grant.level)}</Tag>
              <Typography.Text type="secondary">
                {g('inheritedFrom', { folder: x.from.name })}
              </Typography.Text>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
