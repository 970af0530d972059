import { Select, Spin } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';

interface Props {
  id?: string;
  value?: string | string[];
  onChange?: (value: string | string[]) => void;
  multiple?: boolean;
  /** people who cannot be chosen here (the caller, for a transfer) */
  excludeIds?: readonly string[];
}

/** Waits for a pause in typing, so a search is sent per word and not per key. */
function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Picks people of the caller's company by name, login or pinyin initials (directory.search). */
export function UserSearchSelect({ id, value, onChange, multiple, excludeIds = [] }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [q, setQ] = useState('');
  const settled = useDebounced(q, 200);
  const search = useQuery({ ...trpc.directory.search.queryOptions({ q: settled, kind: 'user', limit: 20 }), placeholderData: keepPreviousData });
  // names of people chosen earlier stay known when a later search no longer lists them
  const [known, setKnown] = useState<Map<string, string>>(new Map());
  const found = search.data;
  useEffect(() => {
    if (!found) return;
    setKnown((prev) => {
      const next = new Map(prev);
      for (const u of found) next.set(u.id, u.departmentName ? `${u.name}（${u.departmentName}）` : u.name);
      return next;
    });
  }, [found]);

  const chosen = value === undefined ? [] : Array.isArray(value) ? value : [value];
  const listed = (found ?? []).filter((u) => !excludeIds.includes(u.id)).map((u) => u.id);
  const options = [...new Set([...chosen, ...listed])].map((uid) => ({ value: uid, label: known.get(uid) ?? uid }));

  return (
    <Select
      id={id}
      mode={multiple ? 'multiple' : undefined}
      value={value}
      onChange={(v: string | string[]) => {
        onChange?.(v);
        setQ('');
      }}
      showSearch={{ filterOption: false, onSearch: setQ, searchValue: q }}
      options={options}
      placeholder={t('request.action.userSearch')}
      notFoundContent={search.isFetching ? <Spin size="small" /> : t('request.action.noMatch')}
      style={{ width: '100%' }}
      data-testid="user-search"
    />
  );
}
