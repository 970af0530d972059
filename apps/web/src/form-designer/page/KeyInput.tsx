import { useEffect, useState } from 'react';
import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { PropRow } from './prop-inputs';

/**
 * The field's key, committed on Enter or leaving the box: a rename rewrites every rule and formula
 * that reads the field, so it is one step, not one per keystroke. The core refuses a key in use or
 * not valid; the box then shows the key as it still is.
 */
export function KeyInput({ value, onCommit }: { value: string; onCommit: (key: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const commit = () => {
    const key = text.trim();
    if (key && key !== value) onCommit(key);
    // an accepted key comes back as the new value; a refused one (its toast says why) leaves the key as it is
    setText(value);
  };
  return (
    <PropRow label={t('designerPage.props.key')} help={t('designerPage.props.keyHelp')}>
      <Input
        value={text}
        data-testid="prop-key"
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onPressEnter={commit}
        spellCheck={false}
      />
    </PropRow>
  );
}
