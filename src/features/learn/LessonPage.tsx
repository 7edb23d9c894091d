import { MDXProvider } from '@mdx-js/react';
import type { MDXContent } from 'mdx/types';
import { useEffect } from 'react';
import { Link, useLoaderData, useParams } from 'react-router-dom';
import { challengeHref, challengeIndex } from '../../content/challengeIndex';
import { lessonDetails } from '../../content/lessonDetails';
import { lessons } from '../../content/lessons';
import { trapsById } from '../../content/traps';
import { CheckedDate } from '../../components/CheckedDate';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { groupThousands } from '../../domain/words';
import { NotFound } from '../../components/NotFound';
import { References } from '../../components/References';
import { lessonComponents } from './mdx/components';
import { LessonDatesContext } from './mdx/lessonDates';
import { LessonCompleteButton } from './LessonCompleteButton';
import { TableOfContents } from './TableOfContents';
import { useReadingProgress } from './useReadingProgress';
import './lesson.css';

export default function LessonPage() {
  const { slug = '' } = useParams();
  if (!lessonDetails(slug)) return <NotFound />;
  return <Lesson key={slug} slug={slug} />;
}

function Lesson({ slug }: { slug: string }) {
  const meta = lessonDetails(slug)!;
  useDocumentTitle(meta.title);
  // The route's loader fetched the compiled MDX before this page rendered (see app/routes).
  const Body = useLoaderData() as MDXContent | null;
  const index = lessons.findIndex((l) => l.slug === slug);
  const previous = lessons[index - 1];
  const next = lessons[index + 1];

  // Once the body is in the page, honour a #section in the URL (e.g. from search).
  useEffect(() => {
    if (!Body || !location.hash) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    target?.scrollIntoView();
    target?.focus({ preventScroll: true });
  }, [Body]);

  useReadingProgress(slug, Boolean(Body));

  return (
    <div className="lesson-layout">
      <TableOfContents meta={meta} />
      <article className="lesson" aria-labelledby="lesson-title">
        <p className="muted lesson-kicker">
          Lesson {meta.order} of {lessons.length} · {meta.minutes} min read ·{' '}
          {groupThousands(meta.words)} words · facts checked against the AWS docs{' '}
          <CheckedDate date={meta.checked} />
        </p>
        <h1 id="lesson-title">{meta.title}</h1>
        <p className="lesson-summary">{meta.summary}</p>
        <section aria-labelledby="objectives" className="card lesson-objectives">
          <h2 id="objectives" tabIndex={-1}>
            Objectives
          </h2>
          <p>After this lesson you can:</p>
          <ul>
            {meta.objectives.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </section>
        <div className="lesson-body">
          {Body ? (
            <LessonDatesContext value={meta}>
              <MDXProvider components={lessonComponents}>
                <Body />
              </MDXProvider>
            </LessonDatesContext>
          ) : (
            <p className="muted">Loading the lesson…</p>
          )}
        </div>
        {meta.traps.length > 0 && (
          <section aria-labelledby="lesson-traps" className="no-print">
            <h2 id="lesson-traps">Traps in this lesson</h2>
            <ul>
              {meta.traps.map((id) => (
                <li key={id}>
                  {trapsById.get(id)?.title ?? id} —{' '}
                  <Link to={`/quiz?trap=${id}`}>practise it</Link>
                </li>
              ))}
            </ul>
          </section>
        )}
        {meta.challenges.length > 0 && (
          <section aria-labelledby="lesson-challenges" className="no-print">
            <h2 id="lesson-challenges">Sandbox challenges</h2>
            <ul>
              {meta.challenges.map((id) => {
                const entry = challengeIndex.find((c) => c.id === id);
                const href = challengeHref(id);
                return entry && href ? (
                  <li key={id}>
                    <Link to={href}>{entry.title}</Link> — {entry.summary}
                  </li>
                ) : null;
              })}
            </ul>
          </section>
        )}
        <section aria-labelledby="lesson-references">
          <h2 id="lesson-references">AWS documentation</h2>
          <References references={meta.references} />
        </section>
        <div className="lesson-actions no-print">
          <LessonCompleteButton slug={slug} />
          <Link className="button" to={`/quiz?lesson=${slug}`}>
            Practise this lesson
          </Link>
          <Link className="button" to={`/review?lesson=${slug}`}>
            Study this lesson&rsquo;s cards
          </Link>
          <Link className="button" to={`/learn/${slug}/sheet`}>
            Cheat sheet
          </Link>
        </div>
        <nav className="lesson-pager no-print" aria-label="Previous and next lesson">
          {previous ? (
            <Link to={`/learn/${previous.slug}`} rel="prev">
              ← {previous.title}
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link to={`/learn/${next.slug}`} rel="next">
              {next.title} →
            </Link>
          ) : (
            <Link to="/quiz">Take a quiz →</Link>
          )}
        </nav>
      </article>
    </div>
  );
}
