import type { ReactNode } from 'react';

export interface FieldShellProps {
  id: string;
  label: string;
  /** the caption points at one input (`<label for>`), or names a group of controls */
  group: boolean;
  required: boolean;
  help?: string | undefined;
  error?: string | undefined;
  children: ReactNode;
}

/** Caption, control, help and error of one field: what antd's Form.Item draws, without its form state. */
export function FieldShell({ id, label, group, required, help, error, children }: FieldShellProps) {
  const caption = (
    <>
      {required && (
        <span className="signoff-required" aria-hidden="true">
          *
        </span>
      )}
      {label}
    </>
  );
  return (
    <div className={`signoff-field${error ? ' signoff-field-has-error' : ''}`} id={`field-${id}`} data-field={id}>
      {group ? (
        <div className="signoff-field-label" id={`${id}-label`}>
          {caption}
        </div>
      ) : (
        <label className="signoff-field-label" id={`${id}-label`} htmlFor={id}>
          {caption}
        </label>
      )}
      {children}
      {help && (
        <div className="signoff-field-help" id={`${id}-help`}>
          {help}
        </div>
      )}
      {error && (
        <div className="signoff-field-error" id={`${id}-error`} role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
