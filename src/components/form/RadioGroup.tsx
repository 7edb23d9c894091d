import type { ReactNode } from 'react';

interface RadioGroupProps<T extends string | number> {
  legend: ReactNode;
  /** The radios' name, unique on the page. */
  name: string;
  value: T | null | undefined;
  onChange: (value: T) => void;
  options: readonly { value: T; label: ReactNode }[];
  className?: string;
  hidden?: boolean;
  /** More fields of the same group, after the radios (what the choice needs next). */
  children?: ReactNode;
}

/** One choice among a few, all visible: a fieldset of radios named by its legend. */
export function RadioGroup<T extends string | number>({
  legend,
  name,
  value,
  onChange,
  options,
  className,
  hidden,
  children,
}: RadioGroupProps<T>) {
  return (
    <fieldset className={className} hidden={hidden}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="choice">
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          <span>{o.label}</span>
        </label>
      ))}
      {children}
    </fieldset>
  );
}
