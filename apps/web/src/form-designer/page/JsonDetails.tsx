import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JsonSlot } from './JsonSlot';

/**
 * A rule's or formula's raw JSON, folded under the builder for what its rows cannot say. The box
 * is made when the fold is opened: folded, it would still be measured and drawn on every select.
 */
export const JsonDetails = memo(function JsonDetails(p: {
  label: string;
  testId: string;
  value: unknown;
  onChange: (value: unknown) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="fd-json-toggle" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('designerPage.props.jsonToggle')}</summary>
      {open && <JsonSlot label={p.label} testId={p.testId} value={p.value} onChange={p.onChange} />}
    </details>
  );
});
