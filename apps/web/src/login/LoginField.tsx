import { useState, type ReactNode } from 'react';
import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import type { Localized } from '@signoff/schema';
import type { Lang } from '../i18n/i18n';

const REVEAL: { show: Localized; hide: Localized } = {
  show: { zh: '显示密码', en: 'Show password' },
  hide: { zh: '隐藏密码', en: 'Hide password' },
};

export interface LoginFieldProps {
  id: string;
  label: string;
  icon: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** the message under the field, already in the page's language */
  error: string | undefined;
  autoComplete: string;
  lang: Lang;
  /** a password: typed as dots, with a button that shows it */
  secret?: boolean;
  autoFocus?: boolean;
}

/**
 * One field of the login form, drawn as antd's large Form.Item with an Input (or Input.Password):
 * the label tied to the input, the message tied to it by aria-describedby and announced.
 */
export function LoginField({
  id,
  label,
  icon,
  value,
  onChange,
  error,
  autoComplete,
  lang,
  secret = false,
  autoFocus,
}: LoginFieldProps) {
  const [shown, setShown] = useState(false);
  const messageId = `${id}-message`;
  return (
    <div className={error ? 'signoff-login-field signoff-login-field-invalid' : 'signoff-login-field'}>
      <label className="signoff-login-label" htmlFor={id}>
        {label}
      </label>
      <div className={error ? 'signoff-login-affix signoff-login-affix-invalid' : 'signoff-login-affix'}>
        <span className="signoff-login-prefix" aria-hidden="true">
          {icon}
        </span>
        <input
          id={id}
          name={id}
          type={secret && !shown ? 'password' : 'text'}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          autoComplete={autoComplete}
          // a login and a company code are not words: no capital first letter or correction on phones
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          // the login field takes the cursor as the page opens, as it did in antd's form
          autoFocus={autoFocus}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? messageId : undefined}
        />
        {secret && (
          <button
            type="button"
            className="signoff-login-reveal"
            aria-label={(shown ? REVEAL.hide : REVEAL.show)[lang]}
            aria-controls={id}
            onClick={() => setShown((s) => !s)}
          >
            {shown ? <EyeOutlined /> : <EyeInvisibleOutlined />}
          </button>
        )}
      </div>
      {error && (
        <div className="signoff-login-message" id={messageId} role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
