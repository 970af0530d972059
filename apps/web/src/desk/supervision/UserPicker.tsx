import { useEffect, useState } from 'react';
import { Select, Spin, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';

export interface PickedUser {
  id: string;
  name: string;
}

/**
 * One person of the tenant, found by name, login or pinyin (directory.search: "zs" finds 张三).
 * The renderer's people picker is a form field with its own store; this is a plain control.
 */
export function UserPicker({ value, onChange, id, size }: { value: PickedUser | null; onChange: (u: PickedUser | null) => void; id?: string; size?: 'large' | 'middle' }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const found = useQuery({ ...trpc.directory.search.queryOptions({ q, kind: 'user', limit: 20 }), placeholderData: keepPreviousData });
  const options = (found.data ?? []).map((u) => ({
    value: u.id,
    name: u.name,
    label: (
      <span>
        {u.name}
        {u.departmentName && (
          <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
            {u.departmentName}
          </Typography.Text>
        )}
      </span>
    ),
  }));
  // the chosen person stays selectable when a later search no longer lists them
  if (value && !options.some((o) => o.value === value.id)) options.unshift({ value: value.id, name: value.name, label: <span>{value.name}</span> });

  return (
    <Select
      id={id}
      size={size}
      allowClear
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      value={value?.id}
      placeholder={t('desk.supervision.userSearch')}
      notFoundContent={found.isFetching ? <Spin size="small" /> : t('desk.supervision.userNone')}
      options={options}
      onChange={(v: string | undefined) => {
        const o = options.find((x) => x.value === v);
        onChange(o ? { id: o.value, name: o.name } : null);
      }}
      style={{ width: '100%' }}
      data-testid="user-picker"
    />
  );
}
