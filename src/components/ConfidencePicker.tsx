import type { Confidence } from '../domain/review';

const CHOICES: { value: Confidence; label: string }[] = [
  { value: 'unsure', label: 'Unsure — I guessed' },
  { value: 'fairly-sure', label: 'Fairly sure' },
  { value: 'certain', label: 'Certain' },
];

/** "How sure were you?" after a correct answer; the answer grades the spaced review. */
export function ConfidencePicker({
  name,
  value,
  onChange,
}: {
  /** The radio group's name, unique on the page. */
  name: string;
  value: Confidence | null | undefined;
  onChange: (confidence: Confidence) => void;
}) {
  return (
    <fieldset className="confidence">
      <legend>How sure were you?</legend>
      {CHOICES.map((c) => (
        <label key={c.value} className="choice">
          <input
            type="radio"
            name={name}
            checked={value === c.value}
            onChange={() => onChange(c.value)}
          />
          <span>{c.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
