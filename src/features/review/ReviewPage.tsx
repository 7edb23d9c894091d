import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { describeCounts, KIND_NAMES } from '../../components/review/kindNames';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useNow } from '../../components/useNow';
import { lessons } from '../../content/lessons';
import { recordFlashcardReview } from '../../db/recordFlashcardReview';
import {
  QUEUE_KINDS,
  countQueue,
  dueInWords,
  nextDue,
  type QueueFilter,
  type QueueItem,
  type QueueKind,
  type ReviewGrade,
} from '../../domain/review';
import { FlashcardView } from './FlashcardView';
import { QuestionReview } from './QuestionReview';
import { ReviewFilter } from './ReviewFilter';
import { ReviewIntro } from './ReviewIntro';
import { SessionSummary, type Reviewed } from './SessionSummary';
import { useReviewSession, type ReviewSession } from './useReviewSession';
import './review.css';
import { Button } from '../../components/Button';

const shorten = (text: string) => (text.length > 110 ? `${text.slice(0, 107)}…` : text);

function readFilter(params: URLSearchParams): { kind: QueueKind | null; filter: QueueFilter } {
  const raw = params.get('kind');
  const kind = QUEUE_KINDS.find((k) => k === raw) ?? null;
  const lesson = lessons.find((l) => l.slug === params.get('lesson'))?.slug;
  return { kind, filter: { ...(kind ? { kinds: [kind] } : {}), ...(lesson ? { lesson } : {}) } };
}

/** One queue of due questions and flashcards, filtered by kind or lesson; each answer reschedules. */
export default function ReviewPage() {
  useDocumentTitle('Review');
  const [params] = useSearchParams();
  const { kind, filter } = readFilter(params);
  const [round, setRound] = useState(0);
  const { items, session } = useReviewSession(filter, round);
  const lesson = lessons.find((l) => l.slug === filter.lesson);
  const now = useNow();

  return (
    <div className="stack">
      <h1>Review</h1>
      <ReviewIntro />
      {lesson && (
        <p className="muted">
          Cards of the lesson <Link to={`/learn/${lesson.slug}`}>{lesson.title}</Link>.{' '}
          <Link to={kind ? `/review?kind=${kind}` : '/review'}>Review every lesson</Link>
        </p>
      )}
      <ReviewFilter
        current={kind}
        lesson={filter.lesson}
        counts={items && countQueue(items, now, filter.lesson ? { lesson: filter.lesson } : {})}
      />
      {/* The stage keeps a card's height from the first paint, so nothing moves when the queue arrives. */}
      <div className="review-stage stack">
        {!session || !items ? (
          <>
            <p className="muted">Loading your review queue…</p>
            <div className="card flashcard" aria-hidden="true" />
          </>
        ) : (
          <Session
            key={session.key}
            session={session}
            items={items}
            filter={filter}
            onAgain={() => setRound((r) => r + 1)}
          />
        )}
      </div>
    </div>
  );
}

function Session({
  session,
  items,
  filter,
  onAgain,
}: {
  session: ReviewSession;
  items: QueueItem[];
  filter: QueueFilter;
  onAgain: () => void;
}) {
  const [position, setPosition] = useState(0);
  const [reviewed, setReviewed] = useState<Reviewed[]>([]);
  const saving = useRef(false);
  const { queue, questions, cards } = session;
  const item = queue[position];

  const done = (entry: Reviewed) => {
    setReviewed((list) => [...list, entry]);
    setPosition((p) => p + 1);
  };

  const grade = async (cardId: string, title: string, value: ReviewGrade) => {
    if (saving.current) return;
    saving.current = true;
    const row = await recordFlashcardReview(cardId, value, new Date().toISOString());
    done({
      kind: cards.get(cardId)!.kind,
      id: cardId,
      title,
      at: Date.parse(row.lastAnsweredAt),
      due: row.due,
    });
    saving.current = false;
  };

  if (!item)
    return <Finished reviewed={reviewed} items={items} filter={filter} onAgain={onAgain} />;

  const dueCount = queue.filter((i) => i.due !== null).length;
  const newCount = queue.length - dueCount;
  const card = item.kind === 'question' ? undefined : cards.get(item.id);
  const question = item.kind === 'question' ? questions.get(item.id) : undefined;
  return (
    <>
      <p className="muted" aria-live="polite">
        {position + 1} of {queue.length} · {dueCount} due{newCount > 0 ? `, ${newCount} new` : ''}
        {item.due === null ? ' · a new card' : ''}
      </p>
      {question && (
        <QuestionReview
          key={question.id}
          question={question}
          last={position + 1 === queue.length}
          onDone={(due) =>
            done({
              kind: 'question',
              id: question.id,
              title: shorten(question.stem.split('\n')[0]!),
              at: Date.now(),
              due,
            })
          }
        />
      )}
      {card && (
        <FlashcardView
          key={card.id}
          card={card}
          onGraded={(value) => void grade(card.id, card.front, value)}
        />
      )}
      {reviewed.length > 0 && <SessionSummary reviewed={reviewed} />}
    </>
  );
}

function Finished({
  reviewed,
  items,
  filter,
  onAgain,
}: {
  reviewed: Reviewed[];
  items: QueueItem[];
  filter: QueueFilter;
  onAgain: () => void;
}) {
  const now = useNow();
  const counts = countQueue(items, now, filter);
  const waiting = QUEUE_KINDS.some((k) => counts[k].due + counts[k].new > 0);
  const studied: Partial<Record<QueueKind, number>> = {};
  for (const i of items)
    if (i.due !== null && (!filter.lesson || i.lesson === filter.lesson))
      if (!filter.kinds || filter.kinds.includes(i.kind))
        studied[i.kind] = (studied[i.kind] ?? 0) + 1;
  const next = nextDue(items, now, filter);
  const inReview = describeCounts(studied);
  const kind = filter.kinds?.[0];

  return (
    <>
      {reviewed.length > 0 && <SessionSummary reviewed={reviewed} finished />}
      <div className="empty-state">
        {waiting ? (
          <p>
            More is ready to study. <Button onClick={onAgain}>Continue reviewing</Button>
          </p>
        ) : (
          <p>
            Nothing is due for review{reviewed.length > 0 ? ' now' : ' yet'}.{' '}
            {inReview
              ? `You have ${inReview} in spaced review${next ? `; the next is due ${dueInWords(next, now)}` : ''}.`
              : kind === 'question' || !kind
                ? 'Every question you answer in a quiz comes back here when it is due — the ones you miss sooner.'
                : `Every ${KIND_NAMES[kind].one} you study comes back here when it is due.`}
          </p>
        )}
        <p>
          <Link to="/quiz">Take a quiz</Link>
        </p>
      </div>
    </>
  );
}
