import type { Highlighted } from '../domain/content/richText';
import type { Question } from '../domain/quiz/schema';
import { CheckedDate } from './CheckedDate';
import { References } from './References';
import { RichTextView } from './RichTextView';
import './QuestionView.css';

interface QuestionViewProps {
  question: Question & Highlighted;
  /** Option ids in the order to show them (shuffled by the caller); defaults to file order. */
  order?: string[];
  selected: string[];
  onChange: (selected: string[]) => void;
  /** Show right/wrong, every option's why, the explanation and references. */
  reveal: boolean;
  disabled?: boolean;
  /** Prefix for input names and ids, unique on the page. */
  idPrefix: string;
  headingLevel?: 2 | 3;
  label?: string;
}

export function selectionHint(question: Question) {
  return question.kind === 'multiple'
    ? `Choose ${question.select === 3 ? 'three' : 'two'}.`
    : 'Choose one.';
}

/** A question with native radios (single) or checkboxes (choose N), and its feedback. */
export function QuestionView({
  question,
  order,
  selected,
  onChange,
  reveal,
  disabled,
  idPrefix,
  headingLevel = 2,
  label,
}: QuestionViewProps) {
  const options = order
    ? order.map((id) => question.options.find((o) => o.id === id)!).filter(Boolean)
    : question.options;
  const multiple = question.kind === 'multiple';
  const need = multiple ? (question.select ?? 2) : 1;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const toggle = (id: string, checked: boolean) => {
    if (!multiple) onChange([id]);
    else onChange(checked ? [...selected, id] : selected.filter((s) => s !== id));
  };
  const countWarning =
    multiple && selected.length > 0 && selected.length !== need
      ? `You have selected ${selected.length}; this question needs exactly ${need}.`
      : null;

  return (
    <div className="question">
      {label && <p className="muted question-label">{label}</p>}
      <fieldset disabled={disabled}>
        <legend className="question-stem">
          <Heading className="question-stem-text">
            {question.highlighted?.stem ? (
              <RichTextView parts={question.highlighted.stem} />
            ) : (
              question.stem
            )}
          </Heading>
          <span className="question-hint">{selectionHint(question)}</span>
        </legend>
        {options.map((option, index) => {
          const inputId = `${idPrefix}-${option.id}`;
          const isSelected = selected.includes(option.id);
          const verdict = reveal
            ? option.correct
              ? 'correct'
              : isSelected
                ? 'wrong'
                : 'neutral'
            : undefined;
          return (
            <div key={option.id} className="option" data-verdict={verdict}>
              <label htmlFor={inputId} className="choice">
                <input
                  id={inputId}
                  type={multiple ? 'checkbox' : 'radio'}
                  name={`${idPrefix}-answer`}
                  value={option.id}
                  checked={isSelected}
                  onChange={(e) => toggle(option.id, e.target.checked)}
                />
                <span>
                  <span className="option-key" aria-hidden="true">
                    {index + 1}
                  </span>{' '}
                  {option.text}
                </span>
              </label>
              {reveal && (
                <p className="option-why">
                  <strong>
                    {option.correct ? 'Correct. ' : isSelected ? 'Not this one. ' : 'Wrong. '}
                  </strong>
                  {option.why}
                </p>
              )}
            </div>
          );
        })}
      </fieldset>
      {countWarning && !reveal && (
        <p className="question-warning" role="status">
          {countWarning}
        </p>
      )}
      {reveal && (
        <div className="explanation">
          <p>
            {question.highlighted?.explanation ? (
              <RichTextView parts={question.highlighted.explanation} />
            ) : (
              question.explanation
            )}
          </p>
          <References className="references" references={question.references} />
          <p className="explanation-checked">
            Facts checked against the AWS docs on <CheckedDate date={question.checked} />.
          </p>
        </div>
      )}
    </div>
  );
}
