import { useLiveQuery } from 'dexie-react-hooks';
import { getLessonProgress, setLessonComplete } from '../../db/lessonProgress';
import { requestPersistence } from '../../db/open';

/**
 * "Mark complete", from the stored progress. Its own component: the progress arrives after
 * hydration and changes as the reader scrolls (reading position), and only this button should
 * render again then, not the whole lesson.
 */
export function LessonCompleteButton({ slug }: { slug: string }) {
  const progress = useLiveQuery(() => getLessonProgress(slug), [slug]);
  const complete = Boolean(progress?.completedAt);
  const toggleComplete = async () => {
    await setLessonComplete(slug, !complete, new Date().toISOString());
    if (!complete) void requestPersistence();
  };
  return (
    <button
      type="button"
      className={`button ${complete ? '' : 'button-primary'}`}
      aria-pressed={complete}
      onClick={() => void toggleComplete()}
    >
      {complete ? 'Completed ✓ (mark as not complete)' : 'Mark complete'}
    </button>
  );
}
