import { useDocumentTitle } from '../../components/useDocumentTitle';
import { lessons } from '../../content/lessons';
import { numbers } from '../../content/numbers';
import { traps } from '../../content/traps';
import { NumberTable, SheetHeader, SheetSection, TrapList } from './SheetParts';
import './sheets.css';

const order = new Map(lessons.map((l) => [l.slug, l.order]));
const byLesson = <T extends { lesson: string }>(items: readonly T[]) =>
  [...items].sort((a, b) => (order.get(a.lesson) ?? 99) - (order.get(b.lesson) ?? 99));

/** The whole course on two pages: every trap and every number, in lesson order. */
export default function CourseSheetPage() {
  useDocumentTitle('Course cheat sheet');
  return (
    <article className="sheet sheet-course" aria-labelledby="sheet-title">
      <SheetHeader
        kicker={`Cheat sheet · ${lessons.length} lessons`}
        title="Build and manage artifacts"
        back={{ to: '/learn', label: 'Back to the lessons' }}
      />
      <div className="sheet-body">
        <SheetSection id="sheet-traps" title={`Traps (${traps.length})`}>
          <TrapList traps={byLesson(traps)} />
        </SheetSection>
        <SheetSection id="sheet-numbers" title={`Numbers (${numbers.length})`}>
          <NumberTable numbers={byLesson(numbers)} caption="Exact values of the course" />
        </SheetSection>
      </div>
    </article>
  );
}
