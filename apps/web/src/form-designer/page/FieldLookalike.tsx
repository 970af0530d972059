import { memo } from 'react';
import type { FormField } from '@signoff/schema';
import { useLang } from '../../i18n/use-lang';

/**
 * A drawing of the field's input: a box, arrow or upload area in the renderer's looks. The real
 * widgets (pickers, editors) would make a 300-field canvas slow to draw and to drag over.
 */
export const FieldLookalike = memo(function FieldLookalike({ field }: { field: FormField }) {
  const { pick } = useLang();
  const hint = pick(field.placeholder);
  switch (field.type) {
    case 'textarea':
      return <span className="fd-look fd-look-area">{hint}</span>;
    case 'select':
    case 'multiSelect':
    case 'user':
    case 'department':
    case 'date':
    case 'time':
      return <span className="fd-look fd-look-select">{hint || '\u00a0'}</span>;
    case 'dateRange':
      return <span className="fd-look fd-look-select">→</span>;
    case 'radio':
    case 'checkbox':
      return (
        <span className="fd-look-options">
          {(field.options ?? []).slice(0, 6).map((o) => (
            <span key={o.value} className={`fd-look-option fd-look-${field.type}`}>
              {pick(o.label)}
            </span>
          ))}
        </span>
      );
    case 'attachment':
    case 'image':
      return <span className="fd-look fd-look-upload">＋</span>;
    case 'signature':
      return <span className="fd-look fd-look-sign" />;
    case 'description':
      return <span className="fd-look-text">{pick(field.help)}</span>;
    case 'computed':
    case 'serialNumber':
      return <span className="fd-look fd-look-readonly">{field.type === 'computed' ? '=' : '#'}</span>;
    case 'money':
      return (
        <span className="fd-look">
          {field.currency === undefined || field.currency === 'CNY' ? '¥' : field.currency}
        </span>
      );
    default:
      return <span className="fd-look">{hint}</span>;
  }
});
