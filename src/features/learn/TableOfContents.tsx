import type { LessonMeta } from '../../domain/content/schemas';

export function TableOfContents({ meta }: { meta: LessonMeta }) {
  return (
    <nav className="toc no-print" aria-label="On this page">
      <details open>
        <summary>On this page</summary>
        <ol>
          <li>
            <a href="#objectives">Objectives</a>
          </li>
          {meta.sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
          <li>
            <a href="#lesson-references">AWS documentation</a>
          </li>
        </ol>
      </details>
    </nav>
  );
}
