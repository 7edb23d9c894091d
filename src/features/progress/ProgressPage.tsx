import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router-dom';
import { listAttempts } from '../../db/attempts';
import { listQuestionReports } from '../../db/questionReports';
import { DataPanel } from '../../components/data/DataPanel';
import { Deferred } from '../../components/Deferred';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { describeAttempt } from '../../domain/quiz/attemptLabel';
import { Mastery, MasteryPlaceholder } from './Mastery';
import { ScoreChart } from './ScoreChart';
import { formatDate } from './dateFormats';
import './progress.css';

export default function ProgressPage() {
  useDocumentTitle('Progress');
  const attempts = useLiveQuery(listAttempts, [], []);
  const reports = useLiveQuery(listQuestionReports, [], []);
  const submitted = attempts.filter((a) => a.result && a.submittedAt).reverse();

  return (
    <div className="stack">
      <h1>Progress</h1>
      {submitted.length === 0 ? (
        <div className="empty-state">
          <p>
            No history yet. Your scores, and your mastery of each lesson and trap, appear here after
            your first quiz.
          </p>
          <p>
            <Link to="/quiz">Start a quiz</Link>
          </p>
        </div>
      ) : (
        <>
          <section className="card" aria-labelledby="history-heading">
            <h2 id="history-heading">Score history</h2>
            <ScoreChart
              points={submitted.map((a) => ({
                at: a.submittedAt!,
                percent: a.result!.percent,
                label: describeAttempt(a).summary,
              }))}
            />
          </section>
          <p className="muted">
            Mastery counts each question by your latest answer to it; unanswered questions count as
            not yet mastered.
          </p>
          <Deferred until="visible" placeholder={<MasteryPlaceholder />}>
            <Mastery attempts={attempts} />
          </Deferred>
        </>
      )}
      <section className="card" aria-labelledby="reports-heading">
        <h2 id="reports-heading">Your reports on questions</h2>
        {reports.length === 0 ? (
          <p className="muted">
            None yet. Use “Report a problem with this question” in a quiz; your notes are kept here
            to export.
          </p>
        ) : (
          <ul>
            {reports.map((r) => (
              <li key={r.id}>
                <strong>{r.questionId}</strong> ({formatDate(r.createdAt)}): {r.note}
              </li>
            ))}
          </ul>
        )}
      </section>
      <div id="data">
        <DataPanel />
      </div>
    </div>
  );
}
