import type { ReactNode } from 'react';
import './form.css';

/** What a field's control carries so the label, hint and error belong to it. */
export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

export interface RowProps {
  id: string;
  label: ReactNode;
  /** A line under the control saying what it expects. */
  hint?: ReactNode;
  /** What is wrong with the value; marks the control invalid. */
  error?: ReactNode;
  /** Spans every column of a form grid. */
  wide?: boolean;
}

/** Ids of a field's hint and error, as the control's aria-describedby lists them. */
export function describedBy(id: string, hint: ReactNode, error: ReactNode) {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** A field's hint or error line, named by the control's aria-describedby. */
export function Note({
  id,
  kind,
  children,
}: {
  id: string;
  kind: 'hint' | 'error';
  children: ReactNode;
}) {
  return children ? (
    <span id={`${id}-${kind}`} className={`form-${kind}`}>
      {children}
    </span>
  ) : null;
}

/** A labelled form row: the label above its control, then the hint and the error. */
export function Field({
  id,
  label,
  hint,
  error,
  wide,
  children,
}: RowProps & { children: (control: ControlProps) => ReactNode }) {
  return (
    <div className={wide ? 'form-row form-row-wide' : 'form-row'}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-describedby': describedBy(id, hint, error),
        'aria-invalid': error ? true : undefined,
      })}
      <Note id={id} kind="hint">
        {hint}
      </Note>
      <Note id={id} kind="error">
        {error}
      </Note>
    </div>
  );
}
