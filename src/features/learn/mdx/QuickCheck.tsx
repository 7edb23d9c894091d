import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { QuestionView } from '../../../components/QuestionView';
import { loadLessonQuestions, loadQuestion } from '../../../content/questions';
import { isExamItem } from '../../../domain/quiz/pool';
import type { Question } from '../../../domain/quiz/schema';
import { isAnswerCorrect } from '../../../domain/quiz/scoring';
import { Button } from '../../../components/Button';

/** An inline question from the bank, answered in place. */
export function QuickCheck({ question: id }: { question: string }) {
  const [question, setQuestion] = useState<Question | null | undefined>(undefined);
  const [selected, setSelected] = useState<string[]>([]);
  const [checked, setChecked] = useState(false);
  // A lesson whose questions are all lesson-only has no quiz to send the learner to.
  const [lessonHasQuiz, setLessonHasQuiz] = useState(false);

  useEffect(() => {
    let live = true;
    void loadQuestion(id).then(async (q) => {
      const quiz = q ? (await loadLessonQuestions(q.lesson)).some(isExamItem) : false;
      if (!live) return;
      setQuestion(q ?? null);
      setLessonHasQuiz(quiz);
    });
    return () => {
      live = false;
    };
  }, [id]);

  if (question === undefined) return <p className="muted">Loading a quick check…</p>;
  if (question === null) return null;
  const need = question.kind === 'multiple' ? (question.select ?? 2) : 1;
  const correct = isAnswerCorrect(question, selected);

  return (
    // A group, not a landmark: a lesson holds several quick checks, and landmarks need unique names.
    <div className="quick-check card" role="group" aria-label="Quick check">
      <p className="quick-check-title">Quick check</p>
      <QuestionView
        question={question}
        selected={selected}
        onChange={(s) => {
          setSelected(s);
          setChecked(false);
        }}
        reveal={checked}
        idPrefix={`qc-${id}`}
        headingLevel={3}
      />
      <div className="quick-check-actions">
        {!checked ? (
          <Button
            variant="primary"
            disabled={selected.length !== need}
            onClick={() => setChecked(true)}
          >
            Check answer
          </Button>
        ) : (
          <>
            <p role="status" className={correct ? 'verdict-correct' : 'verdict-wrong'}>
              {correct ? 'Correct.' : 'Not quite — read why below each option.'}
            </p>
            <Button
              onClick={() => {
                setSelected([]);
                setChecked(false);
              }}
            >
              Try again
            </Button>
          </>
        )}
        {lessonHasQuiz && (
          <Link to={`/quiz?lesson=${question.lesson}`}>More questions on this lesson</Link>
        )}
      </div>
    </div>
  );
}
