import * as z from 'zod/mini';

const awsDocsUrl = z.string().check(
  z.refine((url) => /^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//.test(url), {
    message:
      'must be an AWS documentation URL (https://docs.aws.amazon.com/… or https://aws.amazon.com/…)',
  }),
);

export const referenceSchema = z.object({
  title: z.string().check(z.minLength(3)),
  url: awsDocsUrl,
});

/** A calendar date, YYYY-MM-DD: when facts were last checked against the AWS docs. */
export const checkedDate = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date looks like 2026-12-04'));

const slugId = z
  .string()
  .check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'));

export const optionSchema = z.object({
  id: z.string().check(z.regex(/^[a-f]$/, 'option ids are a–f')),
  text: z.string().check(z.minLength(2)),
  correct: z.boolean(),
  why: z.string().check(z.minLength(20)),
});

export const questionSchema = z
  .object({
    id: z.string().check(z.regex(/^[a-z0-9-]+-\d{2}$/, 'ids look like "<lesson-slug>-NN"')),
    lesson: z.string().check(z.minLength(1)),
    traps: z.array(z.string()).check(z.minLength(1)),
    kind: z.enum(['single', 'multiple']),
    select: z.optional(z.number().check(z.int(), z.gte(2), z.lte(3))),
    stem: z.string().check(z.minLength(60)),
    options: z.array(optionSchema).check(z.minLength(4), z.maxLength(6)),
    explanation: z.string().check(z.minLength(40)),
    references: z.array(referenceSchema).check(z.minLength(1)),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    challenge: z.optional(z.string()),
    /** The task 1.3 line of the exam guide this item tests (content/blueprint.json). */
    blueprint: z.string().check(z.minLength(1)),
    /** Variants of one idea share a family: a quiz never serves two of one family. */
    family: slugId,
    /** When the item's facts were last checked against the AWS docs. */
    checked: checkedDate,
    /** `lesson`: a course-internal item, used only as a lesson QuickCheck, never in quizzes. */
    pool: z.optional(z.enum(['exam', 'lesson'])),
  })
  .check(
    z.superRefine((q, ctx) => {
      const correct = q.options.filter((o) => o.correct).length;
      const expected = q.kind === 'single' ? 1 : (q.select ?? 0);
      if (q.kind === 'multiple' && q.select === undefined) {
        ctx.issues.push({
          code: 'custom',
          input: q,
          path: ['select'],
          message: 'a multiple-response question says how many to select',
        });
      }
      if (q.kind === 'single' && q.select !== undefined) {
        ctx.issues.push({
          code: 'custom',
          input: q,
          path: ['select'],
          message: 'a single-answer question has no select',
        });
      }
      if (correct !== expected) {
        ctx.issues.push({
          code: 'custom',
          input: q,
          path: ['options'],
          message: `expected ${expected} correct option(s), found ${correct}`,
        });
      }
      const ids = q.options.map((o) => o.id);
      if (new Set(ids).size !== ids.length) {
        ctx.issues.push({
          code: 'custom',
          input: q,
          path: ['options'],
          message: 'option ids must be unique',
        });
      }
    }),
  );

export const questionFileSchema = z.array(questionSchema);

export type Reference = z.infer<typeof referenceSchema>;
export type QuestionOption = z.infer<typeof optionSchema>;
export type Question = z.infer<typeof questionSchema>;
