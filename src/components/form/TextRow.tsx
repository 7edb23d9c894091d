import { Field, type RowProps } from './Field';

interface TextRowProps extends RowProps {
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  /** Offered as the user types (a datalist); any other text is allowed too. */
  suggestions?: readonly string[];
  /** For codes and names (ARNs, condition keys): no spelling marks, no autofill. */
  code?: boolean;
}

/** A labelled one-line text field. */
export function TextRow({ value, onChange, placeholder, suggestions, code, ...row }: TextRowProps) {
  return (
    <Field {...row}>
      {(control) => (
        <>
          <input
            {...control}
            type="text"
            value={value}
            placeholder={placeholder}
            list={suggestions ? `${row.id}-suggestions` : undefined}
            spellCheck={code ? false : undefined}
            autoComplete={code ? 'off' : undefined}
            onChange={(e) => onChange(e.target.value)}
          />
          {suggestions && (
            <datalist id={`${row.id}-suggestions`}>
              {suggestions.map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
          )}
        </>
      )}
    </Field>
  );
}
