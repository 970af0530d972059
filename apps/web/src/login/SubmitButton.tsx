import type { ReactNode } from 'react';

// antd puts a space between the two characters of a two-character Chinese label (登 录)
const TWO_CJK = /^[\u4e00-\u9fa5]{2}$/;

/**
 * antd's `<Button type="primary" size="large" block htmlType="submit" loading>`. While busy it stays
 * focusable (a disabled button would drop the keyboard's place) and the form ignores a second submit.
 */
export function SubmitButton({
  busy,
  children,
  ...rest
}: {
  busy: boolean;
  children: string;
  'data-testid'?: string;
}): ReactNode {
  const label = TWO_CJK.test(children) ? children.split('').join(' ') : children;
  return (
    <button type="submit" className="signoff-login-submit" aria-busy={busy || undefined} {...rest}>
      {busy && <span className="signoff-login-spinner" aria-hidden="true" />}
      <span>{label}</span>
    </button>
  );
}
