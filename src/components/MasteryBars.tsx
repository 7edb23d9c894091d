import { lessons } from '../content/lessons';
import { trapsById } from '../content/traps';
import { Bars } from './Bars';

interface Breakdown {
  key: string;
  correct: number;
  total: number;
}

const lessonTitle = new Map(lessons.map((l) => [l.slug, l.title]));

/**
 * Correct answers by lesson and by trap, side by side: each lesson bar opens the lesson, each
 * trap bar starts a quiz on that trap. Rows are shown in the order given.
 */
export function MasteryBars({
  byLesson,
  byTrap,
  lessonCaption,
  trapCaption,
}: {
  byLesson: readonly Breakdown[];
  byTrap: readonly Breakdown[];
  lessonCaption: string;
  trapCaption: string;
}) {
  return (
    <div className="grid two">
      <section className="card">
        <Bars
          caption={lessonCaption}
          data={byLesson.map((b) => ({
            ...b,
            label: lessonTitle.get(b.key) ?? b.key,
            href: `/learn/${b.key}`,
          }))}
        />
      </section>
      <section className="card">
        <Bars
          caption={trapCaption}
          data={byTrap.map((b) => ({
            ...b,
            label: trapsById.get(b.key)?.title ?? b.key,
            href: `/quiz?trap=${b.key}`,
          }))}
        />
      </section>
    </div>
  );
}
