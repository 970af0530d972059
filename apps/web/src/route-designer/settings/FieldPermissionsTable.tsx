import { Button, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FormField, Locale } from '@signoff/schema';
import type { FieldPermission } from './route-types';
import { allPermissions, permissionFields, permissionsWith, readOnlyField } from './step-patches';

const PERMISSIONS: readonly FieldPermission[] = ['edit', 'read', 'hidden'];

export interface FieldPermissionsTableProps {
  fields: readonly FormField[];
  value: Readonly<Record<string, FieldPermission>> | undefined;
  onChange: (next: Record<string, FieldPermission> | undefined) => void;
  lang: Locale;
}

/** Per field of the form: may this step's assignee edit it, only read it (the default), or not see it. */
export function FieldPermissionsTable({ fields, value, onChange, lang }: FieldPermissionsTableProps) {
  const { t } = useTranslation();
  const s = (k: string, o?: Record<string, unknown>) => t(`routeSettings.fields.${k}`, o);
  const rows = permissionFields(fields);
  return (
    <section className="rs-section">
      <h4>{s('title')}</h4>
      {rows.length === 0 ? (
        <p className="rs-hint">{s('none')}</p>
      ) : (
        <>
          <div className="rs-perm-shortcuts">
            <Button size="small" onClick={() => onChange(allPermissions(fields, 'read'))}>
              {s('allRead')}
            </Button>
            <Button size="small" onClick={() => onChange(allPermissions(fields, 'hidden'))}>
              {s('allHidden')}
            </Button>
          </div>
          <table className="rs-perm-table">
            <thead>
              <tr>
                <th>{s('field')}</th>
                <th>{s('key')}</th>
                <th aria-label={s('title')} />
              </tr>
            </thead>
            <tbody>
              {rows.map((f) => {
                const label = f.label[lang] || f.label.zh || f.key;
                return (
                  <tr key={f.key} data-testid={`perm-${f.key}`}>
                    <td>{label}</td>
                    <td className="rs-perm-key">{f.key}</td>
                    <td>
                      <Radio.Group
                        size="small"
                        aria-label={s('permissionOf', { label })}
                        value={value?.[f.key] ?? 'read'}
                        onChange={(e) =>
                          onChange(permissionsWith(value, f.key, e.target.value as FieldPermission))
                        }
                        options={PERMISSIONS.map((p) => ({
                          value: p,
                          label: s(p),
                          disabled: p === 'edit' && readOnlyField(f) && value?.[f.key] !== 'edit',
                        }))}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
