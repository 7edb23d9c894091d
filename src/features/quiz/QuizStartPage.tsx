import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { deleteAttempt, listAttempts } from '../../db/attempts';
import { blueprint } from '../../content/blueprint';
import { lessons } from '../../content/lessons';
import { questionIndex } from '../../content/questionIndex';
import { loadAllQuestions } from '../../content/questions';
import { traps, trapsById } from '../../content/traps';
import { RadioGroup, SelectRow } from '../../components/form';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { EXAM_SCORED_QUESTIONS, examDurationSeconds, formatClock } from '../../domain/quiz/pacing';
import { questionsInScope, quizCapacity, type QuizScope } from '../../domain/quiz/selection';
import { planSimulation } from '../../domain/quiz/simulation';
import { usePreferences } from '../../stores/preferences';
import { createAttempt } from './createAttempt';
import { SimulationPlanView } from './SimulationPlanView';
import { describeAttempt, simulationScopeLabel } from '../../domain/quiz/attemptLabel';
import './quiz.css';
import { Button } from '../../components/Button';

type ScopeKind = 'all' | 'lesson' | 'trap' | 'missed' | 'flagged';
/** What the learner starts: a simulation is a timed exam over the blueprint-weighted scope. */
type StartMode = 'practice' | 'exam' | 'simulation';

const SIMULATION_SCOPE: QuizScope = { kind: 'simulation', lines: blueprint.lines };
const SIMULATION_LABEL = simulationScopeLabel(blueprint.task);
const LESSON_OPTIONS = lessons.map((l) => ({ value: l.slug, label: `${l.order}. ${l.title}` }));
const TRAP_OPTIONS = traps.map((t) => ({ value: t.id, label: t.title }));
const EXAM_QUESTIONS = questionsInScope(questionIndex, { kind: 'all' }).length;

export default function QuizStartPage() {
  useDocumentTitle('Quiz');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const attempts = useLiveQuery(listAttempts, [], []);
  const multiplier = usePreferences((p) => p.examTimeMultiplier);

  const initialKind: ScopeKind = params.get('lesson')
    ? 'lesson'
    : params.get('trap')
      ? 'trap'
      : params.get('scope') === 'missed'
        ? 'missed'
        : 'all';
  const [mode, setMode] = useState<StartMode>(() => {
    const asked = params.get('mode');
    return asked === 'exam' || asked === 'simulation' ? asked : 'practice';
  });
  const [kind, setKind] = useState<ScopeKind>(initialKind);
  const [lesson, setLesson] = useState(params.get('lesson') ?? lessons[0]?.slug ?? '');
  const [trap, setTrap] = useState(params.get('trap') ?? traps[0]?.id ?? '');
  const [count, setCount] = useState(10);
  const [simulationCount, setSimulationCount] = useState(EXAM_SCORED_QUESTIONS);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);

  const history = useMemo(() => {
    const latest = new Map<string, boolean>();
    const flagged = new Set<string>();
    for (const a of [...attempts].reverse()) {
      for (const [id, ok] of Object.entries(a.result?.perQuestion ?? {})) latest.set(id, ok);
      for (const id of a.flags) flagged.add(id);
    }
    return { missed: [...latest].filter(([, ok]) => !ok).map(([id]) => id), flagged: [...flagged] };
  }, [attempts]);
  // Counts are of exam items only: a lesson-only question from an old attempt is not offered.
  const historyCount = (ids: string[]) =>
    questionsInScope(questionIndex, { kind: 'ids', questionIds: ids }).length;

  const simulation = mode === 'simulation';
  const scope: QuizScope = simulation
    ? SIMULATION_SCOPE
    : kind === 'lesson'
      ? { kind, lesson }
      : kind === 'trap'
        ? { kind, trap }
        : kind === 'missed'
          ? { kind, questionIds: history.missed }
          : kind === 'flagged'
            ? { kind, questionIds: history.flagged }
            : { kind: 'all' };
  const capacity = quizCapacity(questionIndex, scope);
  const available = simulation ? Math.min(EXAM_SCORED_QUESTIONS, capacity) : capacity;
  const asked = simulation ? simulationCount : count;
  const n = Math.min(Math.max(1, asked), Math.max(available, 1));
  const plan = simulation ? planSimulation(questionIndex, blueprint.lines, n) : null;
  const scopeLabel = simulation
    ? SIMULATION_LABEL
    : kind === 'lesson'
      ? `Lesson: ${lessons.find((l) => l.slug === lesson)?.title ?? lesson}`
      : kind === 'trap'
        ? `Trap: ${trapsById.get(trap)?.title ?? trap}`
        : kind === 'missed'
          ? 'Questions missed before'
          : kind === 'flagged'
            ? 'Questions flagged before'
            : 'All lessons';
  const inProgress = attempts.filter((a) => a.status === 'in-progress');

  const start = async (event: React.FormEvent) => {
    event.preventDefault();
    setStarting(true);
    setError(null);
    try {
      // The bank itself (every question's text) is loaded only now: the page counts and plans
      // with the index.
      const attempt = await createAttempt(
        await loadAllQuestions(),
        {
          mode: mode === 'practice' ? 'practice' : 'exam',
          scope,
          scopeLabel,
          count: n,
          timeMultiplier: multiplier,
        },
        new Date(),
      );
      void navigate(`/quiz/${attempt.id}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setStarting(false);
    }
  };

  return (
    <div className="stack quiz-start">
      <h1>Quiz</h1>
      <p className="muted">
        {EXAM_QUESTIONS} questions in the style of DOP-C02: scenarios, one best answer or choose
        two/three, scored all-or-nothing like the real exam.
      </p>
      {inProgress.length > 0 && (
        <section className="card" aria-labelledby="resume-heading">
          <h2 id="resume-heading">Quizzes in progress</h2>
          <ul>
            {inProgress.map((a) => (
              <li key={a.id} className="resume-row">
                <Link to={`/quiz/${a.id}`}>Resume: {describeAttempt(a).summary}</Link>{' '}
                <Button small onClick={() => void deleteAttempt(a.id)}>
                  Discard
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <form className="card" onSubmit={(e) => void start(e)} aria-labelledby="start-heading">
        <h2 id="start-heading">Start a quiz</h2>
        <RadioGroup
          legend="Mode"
          name="mode"
          value={mode}
          onChange={setMode}
          options={[
            {
              value: 'practice',
              label: (
                <>
                  <strong>Practice</strong> — feedback after each answer: right or wrong, the
                  explanation and why each option is right or wrong.
                </>
              ),
            },
            {
              value: 'exam',
              label: (
                <>
                  <strong>Timed exam</strong> — the real pace (
                  {formatClock(examDurationSeconds(1, multiplier))} per question
                  {multiplier > 1 ? ', with 1.5× time' : ''}), no feedback until you submit.
                </>
              ),
            },
            {
              value: 'simulation',
              label: (
                <>
                  <strong>Exam simulation</strong> — a full-length mock of task {blueprint.task}:{' '}
                  {EXAM_SCORED_QUESTIONS} questions, as many as the real exam scores, drawn by the
                  exam guide's weights, timed like the exam.
                </>
              ),
            },
          ]}
        />
        {simulation && plan && <SimulationPlanView plan={plan} />}
        <RadioGroup
          hidden={simulation}
          legend="Questions from"
          name="scope"
          value={kind}
          onChange={setKind}
          options={[
            { value: 'all', label: 'All lessons' },
            { value: 'lesson', label: 'One lesson' },
            { value: 'trap', label: 'One exam trap' },
            {
              value: 'missed',
              label: `Questions I missed before (${historyCount(history.missed)})`,
            },
            {
              value: 'flagged',
              label: `Questions I flagged before (${historyCount(history.flagged)})`,
            },
          ]}
        >
          {kind === 'lesson' && (
            <SelectRow
              id="quiz-lesson"
              label="Lesson"
              value={lesson}
              onChange={setLesson}
              options={LESSON_OPTIONS}
            />
          )}
          {kind === 'trap' && (
            <SelectRow
              id="quiz-trap"
              label="Trap"
              value={trap}
              onChange={setTrap}
              options={TRAP_OPTIONS}
            />
          )}
        </RadioGroup>
        <div className="form-row">
          <label htmlFor="quiz-count">Questions</label>
          <input
            id="quiz-count"
            type="number"
            min={1}
            max={Math.max(available, 1)}
            value={asked}
            onChange={(e) =>
              (simulation ? setSimulationCount : setCount)(Number(e.target.value) || 1)
            }
            aria-describedby="quiz-count-hint"
          />
          <span id="quiz-count-hint" className="muted">
            {simulation
              ? `Up to ${available}; fewer makes a shorter mock with the same weights.`
              : `${available} available in this choice.`}
            {mode !== 'practice' && available > 0
              ? ` Time allowed: ${formatClock(examDurationSeconds(n, multiplier))}.`
              : ''}
          </span>
        </div>
        {error && <p role="alert">{error}</p>}
        <button
          type="submit"
          className="button button-primary"
          disabled={available === 0 || starting}
        >
          Start
        </button>
      </form>
    </div>
  );
}
