import { useTranslation } from 'react-i18next';
import { useDirectoryNames } from '../../directory/use-directory';

/** Chosen people or departments by name (looked up once for all ids shown). */
export function PersonNames({ kind, ids }: { kind: 'user' | 'department'; ids: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const names = useDirectoryNames(kind, ids);
  const sep = i18n.language === 'en' ? ', ' : '、';
  return (
    <span>
      {ids
        .map((id) => {
          const entry = names.data?.get(id);
          if (entry) return entry.detail ? `${entry.name}（${entry.detail}）` : entry.name;
          return names.isPending ? '…' : t('renderer.picker.unknown', { id });
        })
        .join(sep)}
    </span>
  );
}
