import type { Question } from '../../domain/quiz/schema';
import type { QuizSessionContext } from '../../machines/quizSession';

export function questionStatus(context: QuizSessionContext, id: string) {
  const answered = (context.answers[id]?.length ?? 0) > 0;
  const flagged = context.flags.includes(id);
  return {
    answered,
    flagged,
    words: [answered ? 'answered' : 'unanswered', ...(flagged ? ['flagged'] : [])].join(', '),
  };
}

interface QuestionNavigatorProps {
  questions: Question[];
  context: QuizSessionContext;
  onGoto: (index: number) => void;
}

/** One button per question, named "Question N (answered, flagged)". */
export function QuestionNavigator({ questions, context, onGoto }: QuestionNavigatorProps) {
  return (
    <nav className="quiz-navigator card" aria-label="Question navigator">
      <h2 className="navigator-title">Questions</h2>
      <ol>
        {questions.map((q, i) => {
          const status = questionStatus(context, q.id);
          return (
            <li key={q.id}>
              <button
                type="button"
                className="navigator-button"
                data-answered={status.answered}
                data-flagged={status.flagged}
                aria-current={i === context.index ? 'step' : undefined}
                aria-label={`Question ${i + 1} (${status.words})`}
                onClick={() => onGoto(i)}
              >
                {i + 1}
                {status.flagged && <span aria-hidden="true">⚑</span>}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="muted navigator-legend">Filled: answered · ⚑ flagged</p>
    </nav>
  );
}
