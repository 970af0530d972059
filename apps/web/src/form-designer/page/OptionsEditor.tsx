import { memo, useEffect, useState } from 'react';
import { Input } from 'antd';
import type { FieldOption } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import { moveOption, optionsText, parseOptions } from './options-text';
import { PropRow } from './prop-inputs';

const NONE: readonly FieldOption[] = [];

/**
 * Options as lines (paste many at once), read when the box is left; up and down buttons reorder
 * (plain buttons: two antd Buttons per option were most of what selecting a choice field mounted).
 */
export const OptionsEditor = memo(function OptionsEditor({
  options = NONE,
  onChange,
}: {
  options: readonly FieldOption[] | undefined;
  onChange: (options: FieldOption[]) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const [text, setText] = useState(() => optionsText(options));
  useEffect(() => setText(optionsText(options)), [options]);
  const commit = () => {
    const next = parseOptions(text, options);
    if (optionsText(next) !== optionsText(options) || next.some((o, i) => o.value !== options[i]?.value))
      onChange(next);
    else setText(optionsText(options));
  };
  return (
    <>
      <PropRow label={t('designerPage.props.options')} help={t('designerPage.props.optionsHelp')}>
        <Input.TextArea
          value={text}
          data-testid="prop-options"
          rows={3}
          className="fd-grow fd-grow-tall"
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
        />
      </PropRow>
      <ol className="fd-option-list">
        {options.map((o, i) => (
          <li key={o.value}>
            <span>{pick(o.label)}</span>
            <button
              type="button"
              className="fd-icon-button"
              disabled={i === 0}
              aria-label={`${t('designerPage.props.moveUp')} ${pick(o.label)}`}
              onClick={() => onChange(moveOption(options, i, i - 1))}
            >
              ↑
            </button>
            <button
              type="button"
              className="fd-icon-button"
              disabled={i === options.length - 1}
              aria-label={`${t('designerPage.props.moveDown')} ${pick(o.label)}`}
              onClick={() => onChange(moveOption(options, i, i + 1))}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
    </>
  );
});
