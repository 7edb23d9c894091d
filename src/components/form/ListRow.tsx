import { useState } from 'react';
import type { RowProps } from './Field';
import { TextRow } from './TextRow';

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
export function ListRow({ value, onChange, ...row }: ListRowProps) {
  const [text, setText] = useState(value.join(', '));
  const [shown, setShown] = useState(value);
  if (!sameList(shown, value)) {
    setShown(value);
    if (!sameList(splitList(text), value)) setText(value.join(', '));
  }
  return (
    <TextRow
      {...row}
      value={text}
      onChange={(next) => {
        setText(next);
        const list = splitList(next);
        setShown(list);
        onChange(list);
      }}
    />
  );
}
