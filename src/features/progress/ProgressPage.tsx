import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { listAttempts } from '../../db/attempts';
import { listQuestionReports } from '../../db/questionReports';
import { lessons } from '../../content/lessons';
import { loadExamQuestions } from '../../content/questions';
import { MasteryBars } from '../../components/MasteryBars';
import { DataPanel } from '../../components/data/DataPanel';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import type { Question } from '../../domain/quiz/schema';
import { latestResults, masteryBy } from '../../domain/review';
import { ScoreChart } from './ScoreChart';
import { describeAttempt } from '../../domain/quiz/attemptLabel';

export default function ProgressPage() {
  useDocumentTitle('Progress');
  const attempts = useLiveQuery(listAttempts, [], []);
  const reports = useLiveQuery(listQuestionReports, [], []);
  const [bank, setBank] = useState<Question[]>([]);
  useEffect(() => {
    void loadExamQuestions().then(setBank);
  }, []);

  const submitted = attempts.filter((a) => a.result && a.submittedAt).reverse();
  const latest = latestResults(attempts);
  const lessonOrder = new Map(lessons.map((l) => [l.slug, l.order]));
  // Lessons in syllabus order; traps weakest first, so the next thing to practise is on top.
  const byLesson = masteryBy(bank, latest, (q) => [q.lesson]).sort(
    (a, b) => (lessonOrder.get(a.key) ?? 99) - (lessonOrder.get(b.key) ?? 99),
  );
  const byTrap = masteryBy(bank, latest, (q) => q.traps).sort(
    (a, b) => a.percent - b.percent || b.answered - a.answered,
  );

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
          <MasteryBars
            byLesson={byLesson}
            byTrap={byTrap}
            lessonCaption="Mastery by lesson"
            trapCaption="Mastery by trap (weakest first)"
          />
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
                <strong>{r.questionId}</strong> ({new Date(r.createdAt).toLocaleDateString()}):{' '}
                {r.note}
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
