import { amountInChinese, type UiField } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../i18n/i18n';
import { displayValue } from '../display-value';
import { fileUrl } from '../upload/upload-file';
import { FileLinks } from './FileLinks';
import { PersonNames } from './PersonNames';
import { TableDataView } from './TableDataView';

export interface DataValueProps {
  field: UiField;
  value: unknown;
  lang: Lang;
  /** the request's serial number, for serial-number fields */
  serialNo?: string | undefined;
}

const ids = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);

/** One submitted value, read-only, as each field type is best read: names, links, images, tables. */
export function DataValue({ field, value, lang, serialNo }: DataValueProps) {
  const { t } = useTranslation();
  const empty = <span className="signoff-muted">{t('renderer.empty')}</span>;
  switch (field.widget) {
    case 'serialNumber': {
      const shown = serialNo ?? (typeof value === 'string' && value !== '' ? value : undefined);
      return shown ? <span data-testid="data-serial-no">{shown}</span> : empty;
    }
    case 'description':
      return null;
    case 'user':
    case 'department':
      return ids(value).length > 0 ? <PersonNames kind={field.widget} ids={ids(value)} /> : empty;
    case 'attachment':
    case 'image':
      return Array.isArray(value) && value.length > 0 ? <FileLinks value={value} image={field.widget === 'image'} /> : empty;
    case 'signature':
      return typeof value === 'string' && value !== '' ? <img className="signoff-signature-image" src={fileUrl(value)} alt={t('renderer.signature.image')} /> : empty;
    case 'table':
      return Array.isArray(value) && value.length > 0 ? (
        <TableDataView field={field} value={value} lang={lang} renderCell={(c, v) => <DataValue field={c} value={v} lang={lang} />} />
      ) : (
        empty
      );
    case 'money': {
      const text = displayValue(field, value, lang);
      if (!text) return empty;
      const capitals = field.capitals && typeof value === 'number' ? amountInChinese(value) : '';
      return (
        <span className="signoff-money-view">
          <span>{text}</span>
          {capitals && <span className="signoff-money-capitals">{t('renderer.money.capitals', { text: capitals })}</span>}
        </span>
      );
    }
    default: {
      const text = displayValue(field, value, lang);
      return text ? <span className="signoff-text-value">{text}</span> : empty;
    }
  }
}
