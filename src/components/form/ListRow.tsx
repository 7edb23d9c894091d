import { useState } from 'react';
import { Field, type RowProps } from './Field';

interface ListRowProps extends RowProps {
  value: readonly string[];
  onChange: (value: string[]) => void;
  placeholder?: string;
}

const splitList = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A labelled comma-separated list. It keeps what is being typed ("dev, ") while passing on the
 * list it reads, and shows a list that changed elsewhere (undo, the JSON view).
 */
export function ListRow({ value, onChange, placeholder, ...row }: ListRowProps) {
  const [text, setText] = useState(value.join(', '));
  const [shown, setShown] = useState(value);
  if (!sameList(shown, value)) {
    setShown(value);
    if (!sameList(splitList(text), value)) setText(value.join(', '));
  }
  return (
    <Field {...row}>
      {(control) => (
        <input
          {...control}
          type="text"
          value={text}
          placeholder={placeholder}
          onChange={(e) => {
            setText(e.target.value);
            const list = splitList(e.target.value);
            setShown(list);
            onChange(list);
          }}
        />
      )}
    </Field>
  );
}
