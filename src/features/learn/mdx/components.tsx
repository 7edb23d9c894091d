import type { MDXComponents } from 'mdx/types';
import { Link } from 'react-router-dom';
import { CodeBlock } from '../../../components/CodeBlock';
import { Analogy } from './Analogy';
import { Diagram } from './Diagram';
import { LessonCallout } from './LessonCallout';
import { QuickCheck } from './QuickCheck';
import { SectionHeading } from './SectionHeading';
import { Term } from './Term';
import { TryIt } from './TryIt';

/** Every component a lesson may use without importing it, plus element overrides. */
export const lessonComponents: MDXComponents = {
  Callout: LessonCallout,
  Term,
  QuickCheck,
  TryIt,
  Diagram,
  Analogy,
  // Each section says when its facts were checked.
  h2: SectionHeading,
  // Internal links navigate inside the app; external ones open in a new tab.
  a: ({ href = '', children, ...rest }) =>
    href.startsWith('/') ? (
      <Link to={href}>{children}</Link>
    ) : (
      <a href={href} target="_blank" rel="noreferrer" {...rest}>
        {children}
      </a>
    ),
  // Highlighted at build time; the block adds its language, a copy button and keyboard scrolling.
  pre: CodeBlock,
  // GFM task-list checkboxes need a name for assistive technology.
  input: (props) => <input aria-label={props.checked ? 'done' : 'to do'} {...props} />,
  // A wide table scrolls on its own and must be reachable by keyboard to scroll it.
  table: (props) => (
    <div className="table-wrap" tabIndex={0}>
      <table {...props} />
    </div>
  ),
};
