import { useState } from 'react';

const splitList = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter((s, i, all) => s !== '' || i < all.length - 1);
const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

interface ListInputProps {
  id: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
  placeholder?: string;
}

/** A comma-separated list that keeps what is being typed ("dev, ") while writing the parsed list. */
export function ListInput({ id, value, onChange, placeholder }: ListInputProps) {
  const [text, setText] = useState(value.join(', '));
  // the list changed elsewhere (the JSON view, undo): show it
  const [shown, setShown] = useState(value);
  if (!sameList(shown, value)) {
    setShown(value);
    if (!sameList(splitList(text), value)) setText(value.join(', '));
  }
  return (
    <input
      id={id}
      type="text"
      value={text}
      placeholder={placeholder}
      onChange={(e) => {
        setText(e.target.value);
        const list = splitList(e.target.value).filter((s) => s !== '');
        setShown(list);
        onChange(list);
      }}
    />
  );
}

interface NumberInputProps {
  id: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  min?: number;
  placeholder?: string;
}

/** A number field that may be empty (undefined) and keeps a half-typed value. */
export function NumberInput({ id, value, onChange, min, placeholder }: NumberInputProps) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    if ((text.trim() === '' ? undefined : Number(text)) !== value)
      setText(value === undefined ? '' : String(value));
  }
  return (
    <input
      id={id}
      type="number"
      inputMode="numeric"
      value={text}
      min={min}
      placeholder={placeholder}
      onChange={(e) => {
        setText(e.target.value);
        const n = e.target.value.trim() === '' ? undefined : Number(e.target.value);
        if (n === undefined || Number.isFinite(n)) {
          setShown(n);
          onChange(n);
        }
      }}
    />
  );
}

interface NumberRowProps {
  id: string;
  label: string;
  /** The field's text as typed, so a half-typed number is kept. */
  value: string;
  onChange: (value: string) => void;
  min?: number;
  step?: 'any';
  wide?: boolean;
}

/** A labelled number field in a form row. */
export function NumberRow({ id, label, value, onChange, min, step, wide }: NumberRowProps) {
  return (
    <div className={`form-row${wide ? ' lc-wide' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode={step === 'any' ? 'decimal' : 'numeric'}
        min={min}
        step={step}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
