import { useContext, type ComponentProps } from 'react';
import { CheckedDate } from '../../../components/CheckedDate';
import { sectionChecked } from '../../../domain/content/checked';
import { LessonDatesContext } from './lessonDates';

/** A lesson's `##` heading with the date its facts were checked against the AWS docs under it. */
export function SectionHeading({ id, children, ...rest }: ComponentProps<'h2'>) {
  const lesson = useContext(LessonDatesContext);
  return (
    <>
      <h2 id={id} {...rest}>
        {children}
      </h2>
      {lesson && id && (
        <p className="section-checked">
          Checked against the AWS docs <CheckedDate date={sectionChecked(lesson, id)} />
        </p>
      )}
    </>
  );
}
