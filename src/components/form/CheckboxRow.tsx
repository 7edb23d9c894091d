import { useId, type ReactNode } from 'react';
import { describedBy, Note } from './Field';

interface CheckboxRowProps {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ReactNode;
  id?: string;
}

/** A checkbox with its label beside it (the whole line is clickable). */
export function CheckboxRow({ label, checked, onChange, hint, id }: CheckboxRowProps) {
  const fallback = useId();
  const inputId = id ?? fallback;
  return (
    <>
      <label className="choice">
        <input
          id={inputId}
          type="checkbox"
          checked={checked}
          aria-describedby={describedBy(inputId, hint, null)}
          onChange={(e) => onChange(e.target.checked)}
        />
        <span>{label}</span>
      </label>
      <Note id={inputId} kind="hint">
        {hint}
      </Note>
    </>
  );
}
