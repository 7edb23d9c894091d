import * as z from 'zod/mini';
import { checkedDate, referenceSchema } from '../quiz/schema.ts';

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
  /** When the lesson's facts were last checked against the AWS docs. */
  checked: checkedDate,
  /** Sections checked on another date than the lesson: section id → date. */
  sectionChecks: z.optional(z.record(z.string(), checkedDate)),
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

const share = z.number().check(z.gte(0), z.lte(1));

/** content/blueprint.json: the exam guide's lines for task 1.3, with the bank's quotas. */
export const blueprintSchema = z.strictObject({
  task: z.string(),
  title: z.string(),
  source: referenceSchema,
  checked: checkedDate,
  lines: z
    .array(
      z.strictObject({
        id: slug,
        kind: z.enum(['knowledge', 'skill']),
        text: z.string().check(z.minLength(10)),
        short: z.string().check(z.minLength(5)),
        /** Share of a mock exam drawn from this line. */
        weight: share,
        /** Bounds on this line's share of the exam pool. */
        min: share,
        max: share,
      }),
    )
    .check(z.minLength(1)),
});

export type Blueprint = z.infer<typeof blueprintSchema>;
export type BlueprintLine = Blueprint['lines'][number];

/** An exact limit or duration worth memorising, with the AWS page that states it. */
export const numberFactSchema = z.strictObject({
  id: slug,
  lesson: slug,
  /** What to recall, e.g. "Rules in one ECR lifecycle policy". */
  prompt: z.string().check(z.minLength(10)),
  /** The documented value, e.g. "50 (not adjustable)". */
  answer: z.string().check(z.minLength(1)),
  detail: z.optional(z.string().check(z.minLength(10))),
  source: referenceSchema,
  /** When the value was last checked against the page (YYYY-MM-DD). */
  checked: checkedDate,
});

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;
export type Trap = z.infer<typeof trapSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type NumberFact = z.infer<typeof numberFactSchema>;

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
