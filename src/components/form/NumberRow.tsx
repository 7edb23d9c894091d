import { useState } from 'react';
import { Field, type ControlProps, type RowProps } from './Field';

interface NumberFieldProps {
  /** undefined = empty. */
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  min?: number | undefined;
  max?: number | undefined;
  /** 'any' allows decimals (and a decimal keyboard on phones). */
  step?: 'any' | undefined;
  placeholder?: string | undefined;
}

const read = (text: string) => (text.trim() === '' ? undefined : Number(text));

/**
 * A number input that may be empty. It keeps what is being typed ("1.", "-") while passing on
 * the number it reads, and shows a value that changed elsewhere (undo, the JSON view).
 */
export function NumberInput({
  value,
  onChange,
  step,
  ...input
}: NumberFieldProps & Partial<ControlProps> & { id: string }) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    if (read(text) !== value) setText(value === undefined ? '' : String(value));
  }
  return (
    <input
      {...input}
      type="number"
      inputMode={step === 'any' ? 'decimal' : 'numeric'}
      step={step}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const n = read(e.target.value);
        if (n === undefined || Number.isFinite(n)) {
          setShown(n);
          onChange(n);
        }
      }}
    />
  );
}

/** A labelled number field that may be empty. */
export function NumberRow({
  value,
  onChange,
  min,
  max,
  step,
  placeholder,
  ...row
}: NumberFieldProps & RowProps) {
  return (
    <Field {...row}>
      {(control) => (
        <NumberInput
          {...control}
          value={value}
          onChange={onChange}
          min={min}
          max={max}
          step={step}
          placeholder={placeholder}
        />
      )}
    </Field>
  );
}

/** The whole number in [min, max] a field holds, or null when it holds anything else. */
export function wholeIn(value: number | undefined, min: number, max: number): number | null {
  return value !== undefined && Number.isInteger(value) && value >= min && value <= max
    ? value
    : null;
}
