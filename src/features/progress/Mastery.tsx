import { useMemo } from 'react';
import { MasteryBars } from '../../components/MasteryBars';
import { useLoaded } from '../../components/useLoaded';
import { lessons } from '../../content/lessons';
import { loadExamQuestions } from '../../content/questions';
import { latestResults, masteryBy, type AttemptOutcome } from '../../domain/review';

const lessonOrder = new Map(lessons.map((l) => [l.slug, l.order]));

/**
 * Mastery per lesson and per trap, by the latest answer to each exam-pool question. The question
 * bank (every lesson's file) loads only here, so a visit with no history never fetches it.
 */
export function Mastery({ attempts }: { attempts: readonly AttemptOutcome[] }) {
  const bank = useLoaded(loadExamQuestions);

  const breakdown = useMemo(() => {
    if (!bank) return null;
    const latest = latestResults(attempts);
    return {
      // Lessons in syllabus order; traps weakest first, so the next thing to practise is on top.
      byLesson: masteryBy(bank, latest, (q) => [q.lesson]).sort(
        (a, b) => (lessonOrder.get(a.key) ?? 99) - (lessonOrder.get(b.key) ?? 99),
      ),
      byTrap: masteryBy(bank, latest, (q) => q.traps).sort(
        (a, b) => a.percent - b.percent || b.answered - a.answered,
      ),
    };
  }, [bank, attempts]);

  if (!breakdown) return <MasteryPlaceholder />;
  return (
    <MasteryBars
      byLesson={breakdown.byLesson}
      byTrap={breakdown.byTrap}
      lessonCaption="Mastery by lesson"
      trapCaption="Mastery by trap (weakest first)"
    />
  );
}

/** Stands where the bars will be while the question bank loads. */
export function MasteryPlaceholder() {
  return <p className="muted progress-mastery-placeholder">Counting your mastery…</p>;
}
