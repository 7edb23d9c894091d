import { Field, type RowProps } from './Field';

export type SelectOption<T extends string> = T | { value: T; label: string };

interface SelectRowProps<T extends string> extends RowProps {
  value: T;
  onChange: (value: T) => void;
  options: readonly SelectOption<T>[];
}

/** A labelled drop-down of fixed choices. */
export function SelectRow<T extends string>({
  value,
  onChange,
  options,
  ...row
}: SelectRowProps<T>) {
  return (
    <Field {...row}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value as T)}>
          {options.map((o) =>
            typeof o === 'string' ? (
              <option key={o}>{o}</option>
            ) : (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ),
          )}
        </select>
      )}
    </Field>
  );
}
