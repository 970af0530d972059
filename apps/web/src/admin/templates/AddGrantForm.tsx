import { Button, Select, Space } from 'antd';
import type { AccessLevel, GrantPrincipalType } from '@signoff/org';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessFacts } from './access-model';
import { LEVELS, levelWord } from './access-words';

export interface NewGrant {
  principalType: GrantPrincipalType;
  principalId: string;
  level: AccessLevel;
}

const TYPES: readonly GrantPrincipalType[] = ['everyone', 'department', 'position', 'user'];

/** 添加授权: to whom (everyone, a department, a position, a person) and which of the four tiers. */
export function AddGrantForm({
  facts,
  busy,
  onGrant,
}: {
  facts: AccessFacts;
  busy: boolean;
  onGrant: (g: NewGrant) => void;
}) {
  const { t } = useTranslation();
  const [type, setType] = useState<GrantPrincipalType>('everyone');
  const [id, setId] = useState<string | undefined>(undefined);
  const [level, setLevel] = useState<AccessLevel>('author');
  const g = (k: string) => t(`adminTemplates.grants.${k}`);
  const deptName = new Map(facts.departments.map((d) => [d.id, d.name]));
  const choices =
    type === 'department'
      ? facts.departments.map((d) => ({ value: d.id, label: d.name }))
      : type === 'position'
        ? facts.positions.map((p) => ({
            value: p.id,
            label: `${p.name}（${deptName.get(p.departmentId) ?? ''}）`,
          }))
        : type === 'user'
          ? facts.users.filter((u) => u.active).map((u) => ({ value: u.id, label: `${u.name} · ${u.login}` }))
          : [];
  const ready = type === 'everyone' || id !== undefined;

  return (
    <Space wrap data-testid="add-grant">
      <Select
        aria-label={g('who')}
        value={type}
        style={{ width: 120 }}
        onChange={(v) => {
          setType(v);
          setId(undefined);
        }}
        options={TYPES.map((x) => ({ value: x, label: t(`adminTemplates.principal.${x}`) }))}
        id="grant-type"
        data-testid="grant-type"
      />
      {type !== 'everyone' && (
        <Select
          aria-label={g('whom')}
          placeholder={g('whom')}
          showSearch={{ optionFilterProp: 'label' }}
          value={id}
          onChange={setId}
          style={{ width: 220 }}
          options={choices}
          id="grant-principal"
          data-testid="grant-principal"
        />
      )}
      <Select
        aria-label={g('tier')}
        value={level}
        onChange={setLevel}
        style={{ width: 110 }}
        options={LEVELS.map((l) => ({ value: l, label: levelWord(t, l) }))}
        id="grant-level"
        data-testid="grant-level"
      />
      <Button
        type="primary"
        disabled={!ready}
        loading={busy}
        onClick={() =>
          onGrant({ principalType: type, principalId: type === 'everyone' ? '' : (id ?? ''), level })
        }
        data-testid="grant-submit"
      >
        {g('grant')}
      </Button>
    </Space>
  );
}
