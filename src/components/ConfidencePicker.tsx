import type { Confidence } from '../domain/review';
import { RadioGroup } from './form';

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
    <RadioGroup
      className="confidence"
      legend="How sure were you?"
      name={name}
      value={value}
      onChange={onChange}
      options={CHOICES}
    />
  );
}
