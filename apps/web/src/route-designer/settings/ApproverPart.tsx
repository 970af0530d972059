import { useState, type ReactNode } from 'react';
import { Alert, Button, Radio, Select } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { FormField, Locale } from '@signoff/schema';
import {
  activeUsers,
  categoryFields,
  departmentNames,
  expressionOnPick,
  personFields,
  positionNames,
  roleNames,
} from './approver-choices';
import type { RouteOrg } from './route-org';
import type { ApproverExpression, ApproverKind } from './route-types';
import { settingsStrings } from './settings.i18n';

type PartKind = Exclude<ApproverKind, 'union'>;

/** The kinds as the picker groups them: relation to the applicant first, as virtual positions should be preferred. */
const GROUPS: readonly { id: 'relation' | 'org' | 'form' | 'other'; kinds: readonly PartKind[] }[] = [
  { id: 'relation', kinds: ['deptHead', 'supervisingLeader'] },
  { id: 'org', kinds: ['position', 'departmentHead', 'role'] },
  { id: 'form', kinds: ['formUser'] },
  { id: 'other', kinds: ['chosenBySubmitter', 'user'] },
];

const MAX_LEVEL = 5;

export interface ApproverPartProps {
  /** undefined while a new row has no kind yet */
  value: ApproverExpression | undefined;
  onChange: (next: ApproverExpression) => void;
  /** absent when this is the only row (a step needs approvers) */
  onRemove?: (() => void) | undefined;
  /** the row's number on screen, from 1 */
  n: number;
  fields: readonly FormField[];
  org: RouteOrg | undefined;
  lang: Locale;
}

/**
 * One kind of approver: the kind, then what that kind needs (a level, a field, a name, a person).
 * A kind that needs a choice is kept here until the choice is made, so the route never holds a
 * half-made expression.
 */
export function ApproverPart({ value, onChange, onRemove, n, fields, org, lang }: ApproverPartProps) {
  const { t } = useTranslation(undefined, { lng: lang });
  const s = (k: string, o?: Record<string, unknown>) => t(`routeSettings.picker.${k}`, o);
  const [picked, setPicked] = useState<PartKind | null>(null);
  const current = value?.kind === 'union' ? undefined : value;
  const kind: PartKind | undefined = picked ?? current?.kind;
  const commit = (next: ApproverExpression) => {
    setPicked(null);
    onChange(next);
  };
  const pickKind = (k: PartKind) => {
    if (k === current?.kind) return setPicked(null);
    const ready = expressionOnPick(k);
    if (ready) commit(ready);
    else setPicked(k);
  };
  // a choice for the kind on screen only counts while the stored value is of that kind
  const same = <K extends PartKind>(k: K) =>
    current?.kind === k && picked === null
      ? (current as Extract<ApproverExpression, { kind: K }>)
      : undefined;

  const select = (
    label: string,
    options: { value: string; label: string }[],
    v: string | undefined,
    on: (x: string) => void,
    empty: string,
  ) =>
    options.length === 0 && v === undefined ? (
      <p className="rs-hint">{empty}</p>
    ) : (
      <Select<string>
        className="rs-select"
        aria-label={label}
        placeholder={s('choose')}
        value={v}
        options={
          v !== undefined && !options.some((o) => o.value === v)
            ? [{ value: v, label: v }, ...options]
            : options
        }
        showSearch={{ optionFilterProp: 'label' }}
        onChange={on}
      />
    );
  // nothing to offer: the org has not loaded, or has none of these yet
  const orgEmpty = (what: 'position' | 'department' | 'role' | 'user') =>
    org ? s(`empty.${what}`) : s('noOrg');
  const names = (list: string[]) => list.map((x) => ({ value: x, label: x }));
  const fieldOptions = (list: FormField[]) =>
    list.map((f) => ({ value: f.key, label: f.label[lang] || f.label.zh || f.key }));

  let detail: ReactNode = null;
  switch (kind) {
    case 'deptHead': {
      const level = same('deptHead')?.level ?? 1;
      detail = (
        <Radio.Group
          optionType="button"
          size="small"
          aria-label={s('level')}
          value={level}
          onChange={(e) => commit({ kind: 'deptHead', level: e.target.value as number })}
          options={Array.from({ length: MAX_LEVEL }, (_, i) => ({
            value: i + 1,
            label: settingsStrings[lang].picker.levels[i] ?? String(i + 1),
          }))}
        />
      );
      break;
    }
    case 'supervisingLeader': {
      const sl = same('supervisingLeader');
      const offered = categoryFields(fields);
      const by = picked === 'supervisingLeader' ? 'department' : (sl?.by ?? 'department');
      detail = (
        <>
          <Radio.Group
            size="small"
            aria-label={s('supervisorBy')}
            value={by}
            onChange={(e) => {
              if (e.target.value === 'department') commit({ kind: 'supervisingLeader', by: 'department' });
              else if (offered[0])
                commit({ kind: 'supervisingLeader', by: 'category', field: offered[0].key });
            }}
            options={[
              { value: 'department', label: s('byDepartment') },
              {
                value: 'category',
                label: s('byCategory'),
                disabled: offered.length === 0 && by !== 'category',
              },
            ]}
          />
          {by === 'category' &&
            select(
              s('categoryField'),
              fieldOptions(offered),
              sl?.field ?? 'category',
              (field) => commit({ kind: 'supervisingLeader', by: 'category', field }),
              s('noCategoryField'),
            )}
          {offered.length === 0 && by !== 'category' && <p className="rs-hint">{s('noCategoryField')}</p>}
        </>
      );
      break;
    }
    case 'position':
      detail = select(
        s('positionName'),
        names(positionNames(org)),
        same('position')?.name,
        (name) => commit({ kind: 'position', name }),
        orgEmpty('position'),
      );
      break;
    case 'departmentHead':
      detail = select(
        s('departmentName'),
        names(departmentNames(org)),
        same('departmentHead')?.name,
        (name) => commit({ kind: 'departmentHead', name }),
        orgEmpty('department'),
      );
      break;
    case 'role':
      detail = select(
        s('roleName'),
        names(roleNames(org)),
        same('role')?.name,
        (name) => commit({ kind: 'role', name }),
        orgEmpty('role'),
      );
      break;
    case 'formUser':
      detail = select(
        s('userField'),
        fieldOptions(personFields(fields)),
        same('formUser')?.field,
        (field) => commit({ kind: 'formUser', field }),
        s('noUserField'),
      );
      break;
    case 'chosenBySubmitter':
      detail = <p className="rs-hint">{s('chosenHelp')}</p>;
      break;
    case 'user': {
      const users = activeUsers(org).map((u) => ({ value: u.id, label: u.name }));
      const id = same('user')?.id;
      const known = org?.users.find((u) => u.id === id);
      detail = (
        <>
          <Alert type="warning" showIcon title={s('fragile')} data-testid="approver-fragile" />
          {select(
            s('person'),
            known && !users.some((u) => u.value === id)
              ? [{ value: known.id, label: known.name }, ...users]
              : users,
            id,
            (userId) => commit({ kind: 'user', id: userId }),
            orgEmpty('user'),
          )}
        </>
      );
      break;
    }
    default:
      detail = null;
  }

  return (
    <div className="rs-part" role="group" aria-label={s('partLabel', { n })}>
      <div className="rs-part-head">
        <Radio.Group
          className="rs-kinds"
          aria-label={s('kindLabel', { n })}
          value={kind}
          onChange={(e) => pickKind(e.target.value as PartKind)}
        >
          {GROUPS.map((g) => (
            <div key={g.id} className="rs-kind-group">
              <span className="rs-kind-group-title">{s(`groups.${g.id}`)}</span>
              {g.kinds.map((k) => (
                <Radio.Button key={k} value={k}>
                  {s(`kinds.${k}`)}
                </Radio.Button>
              ))}
            </div>
          ))}
        </Radio.Group>
        {onRemove && (
          <Button
            type="text"
            size="small"
            icon={<DeleteOutlined />}
            aria-label={value ? s('remove', { n }) : s('cancelAdd')}
            onClick={onRemove}
          />
        )}
      </div>
      {detail && (
        // keyed by kind: each kind's select is its own, not the last kind's with a new list
        <div key={kind} className="rs-part-detail">
          {detail}
        </div>
      )}
    </div>
  );
}
