import { useEffect, useState } from 'react';
import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { PropRow } from './prop-inputs';

/**
 * SLOT for the condition builder (visibility rule) and the formula editor, which are being built in
 * form-designer/condition-builder/ and form-designer/formula-editor/: until they are wired in, the
 * rule or formula is edited here as JSON, read when the box is left. An empty box clears it.
 */
export function JsonSlot({
  label,
  value,
  onChange,
  testId,
}: {
  label: string;
  value: unknown;
  onChange: (value: unknown) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const shown = value === undefined ? '' : JSON.stringify(value, null, 2);
  const [text, setText] = useState(shown);
  const [bad, setBad] = useState(false);
  useEffect(() => {
    setText(shown);
    setBad(false);
  }, [shown]);
  const commit = () => {
    if (text.trim() === '') {
      if (value !== undefined) onChange(undefined);
      return;
    }
    try {
      const parsed: unknown = JSON.parse(text);
      setBad(false);
      if (JSON.stringify(parsed) !== JSON.stringify(value)) onChange(parsed);
    } catch {
      setBad(true);
    }
  };
  return (
    <PropRow
      label={label}
      help={bad ? t('designerPage.props.jsonInvalid') : t('designerPage.props.jsonSlot')}
    >
      <Input.TextArea
        value={text}
        status={bad ? 'error' : undefined}
        data-testid={testId}
        className="fd-json"
        autoSize={{ minRows: 2, maxRows: 10 }}
        spellCheck={false}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
      />
    </PropRow>
  );
}
