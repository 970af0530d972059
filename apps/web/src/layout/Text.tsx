import type { HTMLAttributes, ReactNode } from 'react';

type Tone = 'secondary' | 'warning' | 'danger';

/**
 * A line of quiet or warning text, and a heading, in antd Typography's looks. Typography itself
 * brings its editable and copyable parts (TextArea, Tooltip: ≈20 kB gzip) to every page that shows
 * a title; the pages a first visit reaches use these instead.
 */
export function Text({
  tone,
  children,
  ...rest
}: { tone?: Tone; children: ReactNode } & HTMLAttributes<HTMLSpanElement>) {
  return (
    <span className={tone ? `signoff-text signoff-text-${tone}` : 'signoff-text'} {...rest}>
      {children}
    </span>
  );
}

export function Heading({
  level,
  children,
  ...rest
}: { level: 4 | 5; children: ReactNode } & HTMLAttributes<HTMLHeadingElement>) {
  const Tag = level === 4 ? 'h1' : 'h2';
  return (
    <Tag className={`signoff-heading signoff-heading-${level}`} {...rest}>
      {children}
    </Tag>
  );
}

/** The grey bars of a loading page, in CSS (antd's Skeleton is 6 kB gzip of script for the same). */
export function LoadingLines({ rows, label }: { rows: number; label: string }) {
  return (
    <div className="signoff-loading-lines" role="status" aria-label={label}>
      {Array.from({ length: rows }, (_, i) => (
        <span key={i} style={{ width: i === rows - 1 ? '60%' : undefined }} />
      ))}
    </div>
  );
}
