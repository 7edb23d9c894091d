import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { checkAttempt } from '../../db/attemptSchema';
import { getAttempt } from '../../db/attempts';
import type { Attempt } from '../../db/types';
import { blueprint } from '../../content/blueprint';
import { challengeHref } from '../../content/challengeIndex';
import { lessonSectionHref } from '../../content/lessonSectionHref';
import { lessons } from '../../content/lessons';
import { loadAllQuestions } from '../../content/questions';
import { trapsById } from '../../content/traps';
import { Bars } from '../../components/Bars';
import { RadioGroup } from '../../components/form';
import { MasteryBars } from '../../components/MasteryBars';
import { QuestionView } from '../../components/QuestionView';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formatClock } from '../../domain/quiz/pacing';
import type { Question } from '../../domain/quiz/schema';
import { PASS_PERCENT, breakdownBy } from '../../domain/quiz/scoring';
import { optionOrder } from '../../domain/quiz/shuffle';
import { usePreferences } from '../../stores/preferences';
import { createAttempt } from './createAttempt';
import './quiz.css';
import { Button } from '../../components/Button';

type Filter = 'all' | 'wrong' | 'flagged';
type Loaded =
  | { state: 'loading' }
  | { state: 'missing'; inProgress: boolean }
  | { state: 'ready'; attempt: Attempt; questions: Question[] };

const lessonTitle = new Map(lessons.map((l) => [l.slug, l.title]));

export default function ResultsPage() {
  const { attemptId = '' } = useParams();
  const navigate = useNavigate();
  const multiplier = usePreferences((p) => p.examTimeMultiplier);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [filter, setFilter] = useState<Filter>('all');
  useDocumentTitle(loaded.state === 'missing' ? 'Results not found' : 'Results');

  useEffect(() => {
    let live = true;
    void (async () => {
      const row = await getAttempt(attemptId).catch(() => undefined);
      const checked = row ? checkAttempt(row) : null;
      if (!checked?.ok || checked.attempt.status !== 'submitted' || !checked.attempt.result) {
        if (live)
          setLoaded({
            state: 'missing',
            inProgress: Boolean(checked?.ok && checked.attempt.status === 'in-progress'),
          });
        return;
      }
      const bank = await loadAllQuestions();
      const byId = new Map(bank.map((q) => [q.id, q]));
      const questions = checked.attempt.questionIds.flatMap((id) => byId.get(id) ?? []);
      if (live) setLoaded({ state: 'ready', attempt: checked.attempt, questions });
    })();
    return () => {
      live = false;
    };
  }, [attemptId]);

  if (loaded.state === 'loading') return <p className="muted">Loading results…</p>;
  if (loaded.state === 'missing') {
    return (
      <div className="stack">
        <h1>Results not found</h1>
        <div className="empty-state">
          {loaded.inProgress ? (
            <p>
              This quiz is still in progress. <Link to={`/quiz/${attemptId}`}>Resume it</Link>
            </p>
          ) : (
            <p>
              There are no results for this quiz in this browser.{' '}
              <Link to="/quiz">Start a new quiz</Link>
            </p>
          )}
        </div>
      </div>
    );
  }

  const { attempt, questions } = loaded;
  const result = attempt.result!;
  const passed = result.percent >= PASS_PERCENT;
  const wrong = questions.filter((q) => !result.perQuestion[q.id]);
  const byLesson = breakdownBy(questions, result.perQuestion, (q) => [q.lesson]);
  // Exam-guide lines in the blueprint's order, each with its short name and full text.
  const lineTotals = new Map(
    breakdownBy(questions, result.perQuestion, (q) => [q.blueprint]).map((b) => [b.key, b]),
  );
  const byLine = blueprint.lines.flatMap((line) => {
    const b = lineTotals.get(line.id);
    return b ? [{ ...b, label: line.short, detail: line.text }] : [];
  });
  const byTrap = breakdownBy(questions, result.perQuestion, (q) => q.traps);
  const shown = questions.filter((q) =>
    filter === 'wrong'
      ? !result.perQuestion[q.id]
      : filter === 'flagged'
        ? attempt.flags.includes(q.id)
        : true,
  );

  const retake = async () => {
    const next = await createAttempt(
      questions,
      {
        mode: attempt.mode,
        scope: { kind: 'ids', questionIds: wrong.map((q) => q.id) },
        scopeLabel: 'Retake of wrong answers',
        count: wrong.length,
        timeMultiplier: multiplier,
      },
      new Date(),
    );
    void navigate(`/quiz/${next.id}`);
  };

  return (
    <div className="stack results">
      <h1>Results</h1>
      <section className="card score-card" aria-labelledby="score-heading">
        <h2 id="score-heading" className="visually-hidden">
          Score
        </h2>
        <p className="score" data-passed={passed}>
          {result.percent}%
        </p>
        <p>
          <strong>{passed ? 'Above' : 'Below'} the 75 % practice pass line</strong> —{' '}
          {result.correct} of {result.total} correct
          {attempt.mode === 'exam' ? ` in ${formatClock(result.usedSeconds)}` : ''}.{' '}
          {attempt.scopeLabel}.
        </p>
        <p className="muted">
          The real DOP-C02 reports a scaled score from 100 to 1000 and passes at 750. Scaling
          adjusts for the difficulty of each exam form, so 75 % here is a rough guide, not a
          prediction; unscored questions also sit among the 75 on the real exam.
        </p>
        <p className="button-row">
          {wrong.length > 0 && (
            <Button variant="primary" onClick={() => void retake()}>
              Retake wrong answers ({wrong.length})
            </Button>
          )}
          <Link className="button" to="/review">
            Review due questions
          </Link>
          <Link className="button" to="/quiz">
            New quiz
          </Link>
        </p>
      </section>
      <section className="card">
        <Bars caption={`By exam-guide line of task ${blueprint.task}`} data={byLine} />
      </section>
      <MasteryBars
        byLesson={byLesson}
        byTrap={byTrap}
        lessonCaption="By lesson"
        trapCaption="By trap"
      />
      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading">Every question</h2>
        <RadioGroup
          className="review-filter"
          legend="Show"
          name="results-filter"
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'all', label: `All (${questions.length})` },
            { value: 'wrong', label: `Wrong (${wrong.length})` },
            { value: 'flagged', label: `Flagged (${attempt.flags.length})` },
          ]}
        />
        <ol className="results-list">
          {shown.map((q) => {
            const index = questions.indexOf(q);
            const ok = result.perQuestion[q.id];
            return (
              <li key={q.id} className="card">
                <p className={ok ? 'verdict-correct' : 'verdict-wrong'}>
                  Question {index + 1}:{' '}
                  {ok
                    ? 'correct'
                    : (attempt.answers[q.id]?.length ?? 0) === 0
                      ? 'not answered'
                      : 'wrong'}
                  {attempt.flags.includes(q.id) ? ' · flagged' : ''}
                </p>
                <QuestionView
                  question={q}
                  order={optionOrder(
                    attempt.seed,
                    q.id,
                    q.options.map((o) => o.id),
                  )}
                  selected={attempt.answers[q.id] ?? []}
                  onChange={() => undefined}
                  reveal
                  disabled
                  idPrefix={`r-${q.id}`}
                  headingLevel={3}
                />
                <p className="button-row">
                  <Link to={lessonSectionHref(q)}>
                    Lesson: {lessonTitle.get(q.lesson) ?? q.lesson}
                  </Link>
                  {q.challenge && challengeHref(q.challenge) && (
                    <Link to={challengeHref(q.challenge)!}>Sandbox challenge</Link>
                  )}
                  {q.traps.map((t) => (
                    <Link key={t} to={`/quiz?trap=${t}`}>
                      Trap: {trapsById.get(t)?.title ?? t}
                    </Link>
                  ))}
                </p>
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
