import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Callout, type CalloutKind } from '../../../components/Callout';
import { trapsById } from '../../../content/traps';

interface LessonCalloutProps {
  kind: CalloutKind;
  title?: string;
  trap?: string;
  children: ReactNode;
}

/** `<Callout>` in lessons: a trap callout links to the questions that test it. */
export function LessonCallout({ kind, title, trap, children }: LessonCalloutProps) {
  const known = trap ? trapsById.get(trap) : undefined;
  const aside = known ? (
    <p className="callout-links">
      <Link to={`/quiz?trap=${known.id}`}>Practise questions on “{known.title}”</Link>
    </p>
  ) : null;
  return (
    <Callout
      kind={kind}
      {...((title ?? known) ? { title: title ?? known!.title } : {})}
      aside={aside}
    >
      {children}
    </Callout>
  );
}
