import { createContext } from 'react';
import type { LessonFrontmatter } from '../../../domain/content/schemas';

/** The open lesson's checked dates, for its section headings. */
export const LessonDatesContext = createContext<Pick<
  LessonFrontmatter,
  'checked' | 'sectionChecks'
> | null>(null);
