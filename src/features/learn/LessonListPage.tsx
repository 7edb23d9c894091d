import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router-dom';
import { lessons } from '../../content/lessons';
import { listLessonProgress } from '../../db/lessonProgress';
import { ProgressBar } from '../../components/ProgressBar';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import './lesson.css';

export default function LessonListPage() {
  useDocumentTitle('Lessons');
  const progress = useLiveQuery(listLessonProgress, [], []);
  const bySlug = new Map(progress.map((p) => [p.slug, p]));
  const totalMinutes = lessons.reduce((sum, l) => sum + l.minutes, 0);
  const completed = lessons.filter((l) => bySlug.get(l.slug)?.completedAt).length;

  return (
    <div className="stack">
      <h1>Lessons</h1>
      <p className="muted">
        {lessons.length} lessons · about {Math.round(totalMinutes / 6) / 10} hours of reading ·{' '}
        {completed} complete
      </p>
      <ProgressBar value={completed} max={lessons.length} label="Lessons complete" />
      <p>
        <Link to="/glossary">Glossary</Link> — every term A–Z ·{' '}
        <Link to="/learn/sheet">Course cheat sheet</Link> — every trap and number on two pages
      </p>
      <ol className="lesson-list">
        {lessons.map((lesson) => {
          const p = bySlug.get(lesson.slug);
          const state = p?.completedAt
            ? 'Complete'
            : p
              ? `${Math.round(p.readFraction * 100)}% read`
              : 'Not started';
          return (
            <li key={lesson.slug} className="card">
              <h2>
                <Link to={`/learn/${lesson.slug}`}>
                  {lesson.order}. {lesson.title}
                </Link>
              </h2>
              <p>{lesson.summary}</p>
              <p className="muted">
                {lesson.minutes} min · <span>{state}</span>
                {p?.completedAt && <span aria-hidden="true"> ✓</span>}
              </p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
