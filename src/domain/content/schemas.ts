import * as z from 'zod/mini';
import { referenceSchema } from '../quiz/schema.ts';

const slug = z
  .string()
  .check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a slug is lower-case words joined by hyphens'));

export const lessonFrontmatterSchema = z.strictObject({
  title: z.string().check(z.minLength(5)),
  slug,
  order: z.number().check(z.int(), z.gte(1)),
  summary: z.string().check(z.minLength(20)),
  minutes: z.number().check(z.int(), z.gte(1), z.lte(30)),
  objectives: z.array(z.string().check(z.minLength(10))).check(z.minLength(2)),
  traps: z.array(z.string()),
  challenges: z.array(z.string()),
  references: z.array(referenceSchema).check(z.minLength(1)),
});

export const trapSchema = z.strictObject({
  id: slug,
  lesson: slug,
  title: z.string().check(z.minLength(5)),
  summary: z.string().check(z.minLength(20)),
});

export const glossaryEntrySchema = z.strictObject({
  id: slug,
  term: z.string().check(z.minLength(2)),
  definition: z.string().check(z.minLength(20)),
  lesson: slug,
});

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;
export type Trap = z.infer<typeof trapSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export interface LessonSection {
  id: string;
  title: string;
}

/** What the app knows of a lesson without loading its body. */
export interface LessonMeta extends LessonFrontmatter {
  words: number;
  sections: LessonSection[];
  /** Trap id → id of the section whose trap callout teaches it. */
  trapSections: Record<string, string>;
}

/** The part of LessonMeta every page lists. */
export type LessonSummary = Pick<
  LessonMeta,
  'slug' | 'title' | 'order' | 'summary' | 'minutes' | 'words' | 'traps' | 'challenges'
>;
