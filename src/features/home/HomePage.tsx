import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router-dom';
import { lessons } from '../../content/lessons';
import { listAttempts } from '../../db/attempts';
import { listLessonProgress } from '../../db/lessonProgress';
import { ProgressBar } from '../../components/ProgressBar';
import { describeCounts, KIND_NAMES } from '../../components/review/kindNames';
import { useReviewItems } from '../../components/review/useReviewItems';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useNow } from '../../components/useNow';
import { QUEUE_KINDS, countQueue } from '../../domain/review/queue';
import { describeAttempt } from '../../domain/quiz/attemptLabel';

export default function HomePage() {
  useDocumentTitle('Dashboard');
  const progress = useLiveQuery(listLessonProgress, [], []);
  const attempts = useLiveQuery(listAttempts, [], []);
  const review = useReviewItems();
  const now = useNow();
  const counts = review && countQueue(review.items, now);
  const due = counts
    ? Object.fromEntries(QUEUE_KINDS.map((kind) => [kind, counts[kind].due]))
    : undefined;
  const waiting = counts ? QUEUE_KINDS.some((k) => counts[k].due + counts[k].new > 0) : false;

  const completed = progress.filter((p) => p.completedAt).length;
  // ISO timestamps compare as plain strings (localeCompare would start up a collator).
  const lastRead = progress.reduce<(typeof progress)[number] | undefined>(
    (latest, p) => (!latest || p.updatedAt > latest.updatedAt ? p : latest),
    undefined,
  );
  const continueLesson =
    lessons.find((l) => l.slug === lastRead?.slug && !lastRead.completedAt) ??
    lessons.find((l) => !progress.some((p) => p.slug === l.slug && p.completedAt));
  const running = attempts.find((a) => a.status === 'in-progress');
  const recent = attempts.filter((a) => a.result).slice(0, 5);

  return (
    <div className="stack">
      <h1>Build and manage artifacts</h1>
      <p className="muted">
        DOP-C02 task 1.3 — CodeArtifact, ECR, S3 build artifacts, EC2 Image Builder, AWS Signer,
        lifecycle policies and cross-account access. Study, practise under exam timing, and
        experiment in the sandbox.
      </p>
      <div className="grid">
        <section className="card" aria-labelledby="continue-heading">
          <h2 id="continue-heading">Continue</h2>
          {running ? (
            <p>
              You have a quiz in progress. <Link to={`/quiz/${running.id}`}>Resume the quiz</Link>
            </p>
          ) : continueLesson ? (
            <p>
              Next lesson: <Link to={`/learn/${continueLesson.slug}`}>{continueLesson.title}</Link>{' '}
              <span className="muted">({continueLesson.minutes} min)</span>
            </p>
          ) : (
            <p>
              Every lesson is complete. <Link to="/quiz">Take a timed exam</Link> to check yourself.
            </p>
          )}
        </section>
        <section className="card" aria-labelledby="lessons-heading">
          <h2 id="lessons-heading">Lessons</h2>
          <p>
            {completed} of {lessons.length} complete
          </p>
          <ProgressBar value={completed} max={lessons.length} label="Lessons complete" />
          <p>
            <Link to="/learn">All lessons</Link>
          </p>
        </section>
        <section className="card" aria-labelledby="review-heading">
          <h2 id="review-heading">Review</h2>
          <p>
            {!due
              ? 'Counting your cards…'
              : describeCounts(due)
                ? `${describeCounts(due)} due for review.`
                : 'Nothing is due for review.'}
          </p>
          {/* The same list before and after the counts arrive, so nothing moves. */}
          <ul className="review-kinds">
            {QUEUE_KINDS.map((kind) => (
              <li key={kind}>
                <Link to={`/review?kind=${kind}`}>{KIND_NAMES[kind].filter}</Link>:{' '}
                {counts
                  ? `${counts[kind].due} due${counts[kind].new > 0 ? `, ${counts[kind].new} new` : ''}`
                  : '…'}
              </li>
            ))}
          </ul>
          <p>
            {waiting ? (
              <Link to="/review">Start reviewing</Link>
            ) : (
              <Link to="/quiz">Take a quiz</Link>
            )}
          </p>
        </section>
        <section className="card" aria-labelledby="scores-heading">
          <h2 id="scores-heading">Recent scores</h2>
          {recent.length === 0 ? (
            <p>
              No quizzes yet. <Link to="/quiz">Start one</Link>
            </p>
          ) : (
            <ul>
              {recent.map((a) => (
                <li key={a.id}>
                  <Link to={`/quiz/${a.id}/results`}>
                    {a.result!.percent}% — {describeAttempt(a).summary}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
