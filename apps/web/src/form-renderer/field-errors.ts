import type { FormInstance } from 'antd';
import type { Lang } from '../i18n/i18n';
import type { FieldErrorData } from '../api/app-error';

/** `items[3].amount` → `['items', 3, 'amount']`, the name path antd forms use. */
export function toNamePath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[1] !== undefined) out.push(m[1]);
  }
  return out;
}

/**
 * Shows the server's field errors under the fields they name. Returns the ones that match no
 * rendered field (a form-level error, or a field this renderer hides) so the page can show them.
 */
export function applyFieldErrors(
  form: FormInstance,
  fieldErrors: readonly FieldErrorData[],
  lang: Lang,
  renderedKeys: ReadonlySet<string>,
): FieldErrorData[] {
  const grouped = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const leftover: FieldErrorData[] = [];
  for (const fe of fieldErrors) {
    const name = toNamePath(fe.path);
    const first = name[0];
    if (typeof first !== 'string' || !renderedKeys.has(first)) {
      leftover.push(fe);
      continue;
    }
    // a table cell error is shown on the table field until tables get their own widget
    const target = name.slice(0, 1);
    const id = JSON.stringify(target);
    const entry = grouped.get(id) ?? { name: target, errors: [] };
    entry.errors.push(fe.message[lang] || fe.message.zh);
    grouped.set(id, entry);
  }
  form.setFields([...grouped.values()]);
  const firstName = [...grouped.values()][0]?.name;
  if (firstName) form.scrollToField(firstName, { block: 'center' });
  return leftover;
}
