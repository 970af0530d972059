import type { ReactNode } from 'react';

const text = (count: number, overflow: number) => (count > overflow ? `${overflow}+` : String(count));

/**
 * A red unread/to-do count, drawn like antd's small Badge without its ScrollNumber motion code,
 * which the shell of every page would otherwise carry. Over an icon when it has children, beside
 * a label when `inline`; nothing shows for zero.
 */
export function CountBadge({
  count,
  overflow = 99,
  children,
}: {
  count: number;
  overflow?: number;
  children?: ReactNode;
}) {
  if (children === undefined) {
    return count > 0 ? (
      <span className="signoff-count signoff-count-inline">{text(count, overflow)}</span>
    ) : null;
  }
  return (
    <span className="signoff-count-anchor">
      {children}
      {count > 0 && <sup className="signoff-count">{text(count, overflow)}</sup>}
    </span>
  );
}
