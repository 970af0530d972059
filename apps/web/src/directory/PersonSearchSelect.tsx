import { useEffect, useState } from 'react';
import { Select, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/app-error';
import { useIsPhone } from '../hooks/use-is-phone';
import { useLang } from '../i18n/use-lang';
import './directory.i18n';
import { useDebounced } from './use-debounced';
import {
  useDirectoryNames,
  useDirectorySearch,
  type DirectoryEntry,
  type DirectoryKind,
} from './use-directory';

export interface PersonSearchSelectProps {
  /** the id of the search input, which a label's `htmlFor` points at */
  id?: string;
  /** people (default) or departments */
  kind?: DirectoryKind;
  multiple?: boolean;
  /** the chosen id, or ids when `multiple` */
  value?: string | readonly string[] | null;
  /** the new id(s), `undefined` once nothing is chosen, and the chosen entries with their names */
  onChange?: (value: string | string[] | undefined, chosen: DirectoryEntry[]) => void;
  onBlur?: () => void;
  /** who cannot be chosen here (the caller, for a transfer); they are left out of the results */
  excludeIds?: readonly string[];
  placeholder?: string;
  disabled?: boolean;
  invalid?: boolean;
  required?: boolean;
  /** ids of help and error texts, for `aria-describedby` */
  describedBy?: string;
  /** defaults to large on a phone, so each row is a thumb's height */
  size?: 'middle' | 'large';
  testId?: string;
}

type Option = { value: string; label: string; entry: DirectoryEntry };

const NONE: readonly string[] = [];
const asList = (v: PersonSearchSelectProps['value']): readonly string[] =>
  v === undefined || v === null ? NONE : typeof v === 'string' ? [v] : v;

/** Adds entries to the known ones; the same map when nothing is new, so React skips the render. */
function withEntries(
  known: ReadonlyMap<string, DirectoryEntry>,
  entries: Iterable<DirectoryEntry>,
): ReadonlyMap<string, DirectoryEntry> {
  let next: Map<string, DirectoryEntry> | null = null;
  for (const e of entries) {
    if (known.get(e.id) === e) continue;
    next ??= new Map(known);
    next.set(e.id, e);
  }
  return next ?? known;
}

/**
 * The one people (or department) picker: the tenant's directory searched on the server as the
 * person types — name, login, pinyin or its initials ("zs" finds 张三) — with each person's
 * department beside the name, so two 王伟 can be told apart. Chosen ids that no search has shown
 * (a draft, a request) are looked up once, so they read as names. Used by the form's user and
 * department fields, the transfer and add-signer dialogs and the supervision desk.
 */
export function PersonSearchSelect({
  id,
  kind = 'user',
  multiple = false,
  value,
  onChange,
  onBlur,
  excludeIds = NONE,
  placeholder,
  disabled,
  invalid,
  required,
  describedBy,
  size,
  testId,
}: PersonSearchSelectProps) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const phone = useIsPhone();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 200);
  // nothing is fetched for a picker nobody opened: a form may hold many
  const search = useDirectorySearch(kind, q, open);

  const chosen = asList(value);
  const [known, setKnown] = useState<ReadonlyMap<string, DirectoryEntry>>(() => new Map());
  const unknownIds = chosen.filter((c) => !known.has(c));
  const names = useDirectoryNames(kind, unknownIds);
  useEffect(() => {
    if (names.data) setKnown((prev) => withEntries(prev, names.data.values()));
  }, [names.data]);

  const labelOf = (e: DirectoryEntry) =>
    e.detail ? t('directory.withDepartment', { name: e.name, department: e.detail }) : e.name;
  // only the answer to what is typed now is offered: Enter straight after typing "ww" must not pick
  // whoever an earlier search (or the empty one) listed first
  const current = q === text.trim() && !search.isPlaceholderData;
  const options: Option[] = current
    ? (search.data ?? [])
        .filter((e) => !excludeIds.includes(e.id))
        .map((e) => ({ value: e.id, label: labelOf(e), entry: e }))
    : [];

  const change = (v: string | string[] | null | undefined) => {
    const ids = v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
    const listed = new Map(options.map((o) => [o.value, o.entry]));
    const entries = ids
      .map((x) => listed.get(x) ?? known.get(x))
      .filter((e): e is DirectoryEntry => e !== undefined);
    setKnown((prev) => withEntries(prev, entries));
    // a new search starts from nothing once someone has been picked
    setText('');
    onChange?.(ids.length === 0 ? undefined : multiple ? ids : ids[0], entries);
  };

  // the chosen read as names (a tag shows the name only; a single choice with its department)
  const chosenLabel = (idOfChosen: string): string => {
    const e = known.get(idOfChosen) ?? names.data?.get(idOfChosen);
    if (e) return multiple ? e.name : labelOf(e);
    return names.isFetching || names.isPending
      ? t('directory.loading')
      : t('directory.unknown', { id: idOfChosen });
  };

  const notFound =
    search.isError && !search.isFetching && q === text.trim() ? (
      t('directory.failed', { reason: errorText(search.error, lang) })
    ) : !current || search.isFetching ? (
      <Spin size="small" aria-label={t('directory.searching')} />
    ) : (
      t('directory.noMatch')
    );

  return (
    // Enter before the answer to what was typed is in would shut the list and drop the typing;
    // held back here (before the select sees it), so the next Enter picks from the answer
    <div
      className="signoff-person-select"
      onKeyDownCapture={(e) => {
        if (e.key === 'Enter' && !e.nativeEvent.isComposing && open && !current) {
          e.preventDefault();
          e.stopPropagation();
        }
      }}
    >
      <Select<string | string[], Option>
        id={id}
        mode={multiple ? 'multiple' : undefined}
        value={multiple ? [...chosen] : chosen[0]}
        onChange={change}
        onBlur={onBlur}
        onOpenChange={setOpen}
        showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
        options={options}
        labelRender={({ value: v }) => chosenLabel(String(v))}
        notFoundContent={notFound}
        placeholder={
          placeholder || t(kind === 'user' ? 'directory.userPlaceholder' : 'directory.departmentPlaceholder')
        }
        disabled={disabled}
        status={invalid ? 'error' : undefined}
        aria-invalid={invalid || undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy}
        size={size ?? (phone ? 'large' : 'middle')}
        allowClear
        style={{ width: '100%' }}
        {...(testId ? { 'data-testid': testId } : {})}
      />
    </div>
  );
}
